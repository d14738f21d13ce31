namespace ActorGraph.Core.Reports;

/// <summary>
/// What changed: flips and renewed hostility (<see cref="Changes"/>), relations first seen in the period, and
/// relations last seen long ago; <see cref="Observations"/> are the changed pairs' full histories, for charts.
/// </summary>
public sealed record AllianceReport(
    DateTimeOffset Generated,
    ReportOptions Options,
    IReadOnlyList<ReportItem> Changes,
    IReadOnlyList<RelationNote> NewRelations,
    IReadOnlyList<RelationNote> StaleRelations,
    IReadOnlyList<StanceObservation> Observations)
{
    /// <summary>Set when the report only holds what is new or different since an earlier one.</summary>
    public string? Since { get; init; }
}
