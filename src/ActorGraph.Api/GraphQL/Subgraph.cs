using ActorGraph.Core.Graph;
using ActorGraph.Core.Storage;

namespace ActorGraph.Api.GraphQL;

/// <summary>
/// Nodes and edges, ready for networkx or a plotting library; <paramref name="Omitted"/> actors a limit left out (at
/// least, unless <paramref name="OmittedExact"/>) and <paramref name="OmittedEdges"/> edges among them an edge limit left out.
/// </summary>
public sealed record Subgraph(IReadOnlyList<StoredActor> Nodes, IReadOnlyList<GraphEdge> Edges, int Omitted = 0, int OmittedEdges = 0, bool OmittedExact = true);
