namespace ActorGraph.Core.Model;

/// <summary>What one document yields: its actors (dictionary and discovered) and its relations.</summary>
public sealed record ExtractionResult(
    SourceDocument Document,
    IReadOnlyList<Actor> Actors,
    IReadOnlyList<ExtractedRelation> Relations)
{
    /// <summary>The theatre the document is about ("syria", "yemen"), which decides contextual names; null when unknown.</summary>
    public string? Theatre { get; init; }

    /// <summary>How the document was read where a bound cut it ("3 sentences ... read in pieces"); empty normally.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}
