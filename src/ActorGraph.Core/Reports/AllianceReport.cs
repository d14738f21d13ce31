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
    /// <summary>Every observation of a change's pair, for its chart.</summary>
    public IReadOnlyList<StanceObservation> HistoryOf(ReportItem item) =>
        Observations.Where(o => o.A == item.A && o.B == item.B).ToList();

    /// <summary>All the report's changes of a change's pair, for its chart.</summary>
    public IEnumerable<ReportItem> ChangesOf(ReportItem item) => Changes.Where(c => c.A == item.A && c.B == item.B);

    /// <summary>The chart of a change's pair: its stance over time, with the report's changes marked.</summary>
    public string ChartOf(ReportItem item) => TimelineChart.Svg(item.A, item.B, HistoryOf(item), ChangesOf(item));

    /// <summary>Set when the report only holds what is new or different since an earlier one.</summary>
    public string? Since { get; init; }
}
