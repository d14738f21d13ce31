using ActorGraph.Core.Model;
using ActorGraph.Core.Storage;

namespace ActorGraph.Core.Reports;

/// <summary>
/// Reads relations as dated stances per pair of actors (see <see cref="AllianceReportBuilder"/> for where the
/// stance flips). Reader comments never count; claims count unless excluded.
/// </summary>
public static class StanceModel
{
    public static Stance StanceOf(RelationKind kind) =>
        kind is RelationKind.Allied or RelationKind.Affiliate ? Stance.Cooperative : Stance.Hostile;

    /// <summary>Every observation, ordered per pair by <see cref="StanceObservation.When"/>.</summary>
    public static IReadOnlyList<StanceObservation> Observations(IEnumerable<StoredRelation> relations, bool includeClaims = true)
    {
        var list = relations.ToList();
        // An undated sentence is placed just before the first dated one of its document (or its publication date).
        var documentStart = list.SelectMany(r => r.Evidence)
            .GroupBy(e => e.Document.Key)
            .ToDictionary(g => g.Key, g => g.Where(e => e.Evidence.Date is not null).Select(e => e.Evidence.Date!.Value.Value)
                .DefaultIfEmpty(g.First().Document.Published ?? DateOnly.MinValue).Min());
        var observations = new List<StanceObservation>();
        foreach (var relation in list)
        {
            var (a, b) = string.CompareOrdinal(relation.Source, relation.Target) <= 0 ? (relation.Source, relation.Target) : (relation.Target, relation.Source);
            foreach (var evidence in relation.Evidence)
            {
                if (evidence.Evidence.Attribution == Attribution.Comment || (!includeClaims && evidence.Evidence.Attribution == Attribution.Claim))
                    continue;
                // A document with no date at all (none published, none in its sentences) stands at the start of time.
                var start = documentStart[evidence.Document.Key];
                var when = evidence.Evidence.Date?.Value ?? (start == DateOnly.MinValue ? start : start.AddDays(-1));
                observations.Add(new StanceObservation(a, b, StanceOf(relation.Kind), relation.Kind, relation.Source, relation.Target, evidence, when));
            }
        }
        return observations
            .OrderBy(o => o.A, StringComparer.Ordinal).ThenBy(o => o.B, StringComparer.Ordinal)
            .ThenBy(o => o.When).ThenBy(o => o.Date is null ? 0 : 1)
            .ToList();
    }
}
