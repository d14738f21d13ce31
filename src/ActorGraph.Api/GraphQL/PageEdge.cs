namespace ActorGraph.Api.GraphQL;

/// <summary>An item of a page and the cursor that points at it.</summary>
public sealed record PageEdge<T>(string Cursor, T Node);
