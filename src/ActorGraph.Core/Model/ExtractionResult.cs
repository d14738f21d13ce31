namespace ActorGraph.Core.Model;

/// <summary>What one document yields: its actors (dictionary and discovered) and its relations.</summary>
public sealed record ExtractionResult(
    SourceDocument Document,
    IReadOnlyList<Actor> Actors,
    IReadOnlyList<ExtractedRelation> Relations);
