using ActorGraph.Core.Graph;
using ActorGraph.Core.Storage;

namespace ActorGraph.Api.GraphQL;

/// <summary>Nodes and edges, ready for networkx or a plotting library.</summary>
public sealed record Subgraph(IReadOnlyList<StoredActor> Nodes, IReadOnlyList<GraphEdge> Edges);
