namespace ActorGraph.Api.GraphQL;

/// <summary>What loadDocument did: ADDED, REPLACED or UNCHANGED, and how many relations the text yields.</summary>
public sealed record LoadResult(string Outcome, string Document, int Relations);
