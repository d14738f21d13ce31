using ActorGraph.Core.Graph;
using ActorGraph.Core.Storage;

namespace ActorGraph.Api.GraphQL;

/// <summary>
/// Nodes and edges, ready for networkx or a plotting library; for a neighbourhood, what its limits left out. A
/// neighbourhood's edges are found only when the query selects them.
/// </summary>
public sealed class Subgraph
{
    private readonly NeighborhoodResult? _neighborhood;
    private readonly IReadOnlyList<GraphEdge> _edges = [];

    public Subgraph(IReadOnlyList<StoredActor> nodes, IReadOnlyList<GraphEdge> edges)
    {
        Nodes = nodes;
        _edges = edges;
    }

    public Subgraph(NeighborhoodResult neighborhood)
    {
        Nodes = neighborhood.Nodes;
        _neighborhood = neighborhood;
    }

    public IReadOnlyList<StoredActor> Nodes { get; }
    public IReadOnlyList<GraphEdge> Edges => _neighborhood?.Edges ?? _edges;

    /// <summary>Reachable actors a limit left out; at least this many unless <see cref="OmittedExact"/>.</summary>
    public int Omitted => _neighborhood?.Omitted ?? 0;
    public bool OmittedExact => _neighborhood?.OmittedExact ?? true;

    /// <summary>Edges among the actors an edge limit left out.</summary>
    public int OmittedEdges => _neighborhood?.OmittedEdges ?? 0;
}
