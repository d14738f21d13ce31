namespace ActorGraph.Core.Storage;

/// <summary>What a load did: documents by outcome, the ones skipped with their reason, and the store's size after.</summary>
public sealed record LoadSummary(int Added, int Replaced, int Unchanged, IReadOnlyList<string> Skipped, int RelationsFound, GraphCounts After)
{
    /// <summary>Documents read only in part at a bound, "FILE: what was cut".</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}
