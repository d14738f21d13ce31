using ActorGraph.Core.Graph;
using ActorGraph.Core.Model;

namespace ActorGraph.Api.GraphQL;

/// <summary>
/// Counts of the graph and the span of its dated evidence. Each figure is worked out when first asked for, once
/// per graph: "{ stats { documents } }" reads one number, not a million dates.
/// </summary>
public sealed class GraphStats(GraphSnapshot snapshot)
{
    private readonly Lazy<List<Core.Storage.StoredActor>> _named = new(() => snapshot.Actors.Where(a => a.Documents > 0 || a.Relations > 0).ToList());

    private readonly Lazy<(PartialDate? Earliest, PartialDate? Latest)> _span = new(() =>
    {
        PartialDate? earliest = null, latest = null;
        foreach (var relation in snapshot.Relations)
            foreach (var evidence in relation.Evidence)
            {
                if (evidence.Evidence.Attribution == Attribution.Comment || evidence.Evidence.Date is not { } date)
                    continue;
                if (earliest is null || date.Value < earliest.Value.Value)
                    earliest = date;
                if (latest is null || date.Value > latest.Value.Value)
                    latest = date;
            }
        return (earliest, latest);
    });

    private readonly Lazy<IReadOnlyList<KeyCount>> _byKind = new(() =>
        snapshot.Relations.GroupBy(r => ModelNames.Of(r.Kind)).Select(g => new KeyCount(g.Key, g.Count())).OrderBy(k => k.Key).ToList());

    public int Documents => snapshot.Documents.Count;
    public int Actors => _named.Value.Count;
    public int Relations => snapshot.Relations.Count;
    public int Evidence => snapshot.EvidenceCount;
    public IReadOnlyList<KeyCount> ByKind => _byKind.Value;
    public IReadOnlyList<KeyCount> ByType => _named.Value.GroupBy(a => ModelNames.Of(a.Type)).Select(g => new KeyCount(g.Key, g.Count())).OrderBy(k => k.Key).ToList();
    public PartialDate? Earliest => _span.Value.Earliest;
    public PartialDate? Latest => _span.Value.Latest;
}
