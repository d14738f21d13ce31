namespace ActorGraph.Core.Model;

/// <summary>
/// The earliest and latest date of some evidence as written ("2014" before "2014-01": text order is date order), comments
/// left out: what an actor's firstSeen/lastSeen show, worked out in memory and kept by the embedded store alike.
/// </summary>
public readonly record struct WrittenSpan(string? Earliest, string? Latest)
{
    /// <summary>This span widened by the evidence's date; the same span for a reader's comment or an undated sentence.</summary>
    public WrittenSpan With(Evidence evidence) =>
        evidence.Attribution == Attribution.Comment || evidence.Date?.ToString() is not { } written ? this
        : new(Earliest is null || string.CompareOrdinal(written, Earliest) < 0 ? written : Earliest,
            Latest is null || string.CompareOrdinal(written, Latest) > 0 ? written : Latest);
}
