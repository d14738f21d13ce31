namespace ActorGraph.Api.GraphQL;

/// <summary>A count under a key: ("attacked", 4).</summary>
public sealed record KeyCount(string Key, int Count);
