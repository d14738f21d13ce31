using ActorGraph.Core.Model;
using ActorGraph.Core.Reports;
using ActorGraph.Core.Storage;

namespace ActorGraph.Core.Graph;

/// <summary>
/// When a relation holds: from its first dated evidence until its pair's stance flips away from it. One rule for the
/// snapshot (worked out when asked) and the Neo4j store (worked out at load and stored on the relationship).
/// </summary>
public static class EdgeValidity
{
    /// <summary>The dated flips between cooperative and hostile in one pair's relations, in time order.</summary>
    public static IReadOnlyList<ReportItem> Flips(IEnumerable<StoredRelation> pairRelations) =>
        AllianceReportBuilder.Items(pairRelations)
            .Where(c => c.Type == ReportItemType.Flip && c.Date is not null).OrderBy(c => c.Date!.Value.Value).ToList();

    /// <summary>The date the pair's stance first flips away from <paramref name="relation"/>'s on or after its start; null while it holds.</summary>
    public static PartialDate? ValidTo(StoredRelation relation, IReadOnlyList<ReportItem> pairFlips)
    {
        var stance = StanceModel.StanceOf(relation.Kind);
        var start = relation.FirstSeen?.Value ?? DateOnly.MinValue;
        return pairFlips.FirstOrDefault(c => c.Before == stance && c.Date!.Value.Value >= start)?.Date;
    }
}
