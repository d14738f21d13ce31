using ActorGraph.Core.Model;
using ActorGraph.Core.Storage;

namespace ActorGraph.Core.Reports;

/// <summary>Builds an <see cref="AllianceReport"/> from a store's relations with the shared stance model.</summary>
public static class AllianceReportBuilder
{
    /// <summary>Hostility renewed within a week of the last hostile evidence is the same episode.</summary>
    private const int MinimumStatedGapDays = 7;

    public static AllianceReport Build(IReadOnlyList<StoredRelation> relations, ReportOptions options, DateTimeOffset generated)
    {
        var observations = StanceModel.Observations(relations, options.IncludeClaims);
        var items = Items(observations, options.QuietDays).Where(i => InPeriod(i.Date, options) && Involves(i.A, i.B, options.Actor))
            .OrderBy(i => i.Date?.Value ?? DateOnly.MaxValue).ThenBy(i => i.A, StringComparer.Ordinal).ThenBy(i => i.B, StringComparer.Ordinal).ToList();

        var notes = relations.Where(r => Involves(r.Source, r.Target, options.Actor))
            .Select(r => Note(r, options.IncludeClaims)).Where(n => n is not null).Select(n => n!).ToList();
        var end = options.To ?? notes.Select(n => n.LastSeen?.Value).Where(d => d is not null).DefaultIfEmpty(DateOnly.MinValue).Max()!.Value;
        var newRelations = options.From is { } from
            ? notes.Where(n => n.FirstSeen is { } f && f.LastDay >= from && (options.To is null || f.Value <= options.To)).ToList()
            : [];
        var stale = notes.Where(n => n.LastSeen is { } l && l.LastDay.AddDays(options.StaleDays) < end).ToList();

        var changedPairs = items.Select(i => (i.A, i.B)).ToHashSet();
        return new AllianceReport(generated, options, items, newRelations, stale,
            observations.Where(o => changedPairs.Contains((o.A, o.B))).ToList());
    }

    /// <summary>
    /// Every flip and renewal in the relations' observations (claims counted, comments not), with the report's default quiet
    /// period: what the graph, a pair's end and an actor's changes are worked out from.
    /// </summary>
    public static IReadOnlyList<ReportItem> Items(IEnumerable<StoredRelation> relations) =>
        Items(StanceModel.Observations(relations), new ReportOptions().QuietDays);

    /// <summary>Every flip and renewal in observations ordered as <see cref="StanceModel.Observations"/> orders them.</summary>
    public static IReadOnlyList<ReportItem> Items(IReadOnlyList<StanceObservation> observations, int quietDays) =>
        observations.GroupBy(o => (o.A, o.B)).SelectMany(pair => ItemsOf(pair.ToList(), quietDays))
            .OrderBy(i => i.Date?.Value ?? DateOnly.MaxValue).ThenBy(i => i.A, StringComparer.Ordinal).ToList();

    private static IEnumerable<ReportItem> ItemsOf(List<StanceObservation> pair, int quietDays)
    {
        // Flips: runs of one stance, in time order.
        var runs = new List<List<StanceObservation>>();
        foreach (var o in pair)
        {
            if (runs.Count == 0 || runs[^1][0].Stance != o.Stance)
                runs.Add([]);
            runs[^1].Add(o);
        }
        for (var i = 1; i < runs.Count; i++)
            yield return new ReportItem(ReportItemType.Flip, pair[0].A, pair[0].B, runs[i - 1][0].Stance, runs[i][0].Stance, runs[i][0].Date, runs[i - 1], runs[i]);

        // Renewals: within a hostile run, dated evidence after a quiet period the text states or the record shows.
        foreach (var run in runs.Where(r => r[0].Stance == Stance.Hostile))
        {
            var dated = run.Where(o => o.Date is not null).ToList();
            for (var i = 1; i < dated.Count; i++)
            {
                var previous = dated[i - 1];
                var current = dated[i];
                if (current.Date!.Value.Value <= previous.Date!.Value.Value)
                    continue;
                var gap = current.Date.Value.Value.DayNumber - previous.Date.Value.LastDay.DayNumber;
                var stated = current.Evidence.Evidence.Resumed && gap >= MinimumStatedGapDays;
                if (!stated && gap < quietDays)
                    continue;
                var day = current.Date.Value.Value;
                yield return new ReportItem(ReportItemType.RenewedHostility, current.A, current.B, Stance.Hostile, Stance.Hostile, current.Date,
                    dated.Take(i).Where(o => o.Date!.Value.Value == previous.Date.Value.Value).ToList(),
                    dated.Skip(i).Where(o => o.Date!.Value.Value == day).ToList());
            }
        }
    }

    private static RelationNote? Note(StoredRelation relation, bool includeClaims)
    {
        var dates = relation.Evidence
            .Where(e => e.Evidence.Attribution != Attribution.Comment && (includeClaims || e.Evidence.Attribution != Attribution.Claim))
            .Select(e => e.Evidence.Date).Where(d => d is not null).Select(d => d!.Value).OrderBy(d => d.Value).ToList();
        return dates.Count == 0 ? null : new RelationNote(relation.Source, relation.Target, relation.Kind, dates[0], dates[^1], relation.Evidence.Count);
    }

    private static bool InPeriod(PartialDate? date, ReportOptions options)
    {
        if (options.From is null && options.To is null)
            return true;
        return date is { } d && (options.From is null || d.LastDay >= options.From) && (options.To is null || d.Value <= options.To);
    }

    private static bool Involves(string a, string b, string? actor) =>
        actor is null || string.Equals(a, actor, StringComparison.OrdinalIgnoreCase) || string.Equals(b, actor, StringComparison.OrdinalIgnoreCase);
}
