namespace ActorGraph.Core.Exports;

/// <summary>The file formats the graph is exported in, each for the tools that read it.</summary>
public enum ExportFormat
{
    /// <summary>GraphML: yEd, Cytoscape desktop, networkx.read_graphml.</summary>
    GraphML,

    /// <summary>GEXF 1.3 with time intervals: Gephi's timeline plays the alliance changes.</summary>
    Gexf,

    /// <summary>Node-link JSON as <c>networkx.node_link_graph</c> reads it.</summary>
    Json,

    /// <summary>A zip of CSV files with <c>neo4j-admin database import</c> headers.</summary>
    Csv,

    /// <summary>A Cypher script that recreates the graph (<c>cypher-shell -f</c>), idempotent.</summary>
    Cypher,
}
