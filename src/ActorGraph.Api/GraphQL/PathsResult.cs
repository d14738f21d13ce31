namespace ActorGraph.Api.GraphQL;

/// <summary>The shortest paths between two actors, each a subgraph, and all their nodes and edges together.</summary>
/// <param name="Truncated">True when more shortest paths exist than were returned.</param>
public sealed record PathsResult(IReadOnlyList<Subgraph> Paths, Subgraph All, bool Truncated = false);
