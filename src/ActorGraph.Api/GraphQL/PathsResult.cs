namespace ActorGraph.Api.GraphQL;

/// <summary>The shortest paths between two actors, each a subgraph, and all their nodes and edges together.</summary>
public sealed record PathsResult(IReadOnlyList<Subgraph> Paths, Subgraph All);
