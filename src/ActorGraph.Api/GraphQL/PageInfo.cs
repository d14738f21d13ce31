namespace ActorGraph.Api.GraphQL;

/// <summary>Whether more items follow a page, and the cursor to continue after.</summary>
public sealed record PageInfo(bool HasNextPage, string? EndCursor);
