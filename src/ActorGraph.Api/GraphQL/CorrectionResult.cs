namespace ActorGraph.Api.GraphQL;

/// <summary>What recording a correction did.</summary>
public sealed record CorrectionResult(string Entry, int Line);
