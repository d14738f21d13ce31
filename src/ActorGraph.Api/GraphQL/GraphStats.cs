using ActorGraph.Core.Graph;
using ActorGraph.Core.Model;
using ActorGraph.Core.Storage;

namespace ActorGraph.Api.GraphQL;

/// <summary>
/// Counts of the graph and the span of its dated evidence. Each figure is worked out when first asked for, once
/// per graph: "{ stats { documents } }" reads one number, not a million dates.
/// </summary>
public sealed class GraphStats(Func<int> documents, Func<int> actors, Func<int> relations, Func<int> evidence,
    Func<IReadOnlyList<KeyCount>> byKind, Func<IReadOnlyList<KeyCount>> byType, Func<Task<(PartialDate? Earliest, PartialDate? Latest)>> span)
{
    private readonly Lazy<int> _documents = new(documents);
    private readonly Lazy<int> _actors = new(actors);
    private readonly Lazy<int> _relations = new(relations);
    private readonly Lazy<int> _evidence = new(evidence);
    private readonly Lazy<IReadOnlyList<KeyCount>> _byKind = new(byKind);
    private readonly Lazy<IReadOnlyList<KeyCount>> _byType = new(byType);
    private readonly Lazy<Task<(PartialDate? Earliest, PartialDate? Latest)>> _span = new(span);

    public int Documents => _documents.Value;
    public int Actors => _actors.Value;
    public int Relations => _relations.Value;
    public int Evidence => _evidence.Value;
    public IReadOnlyList<KeyCount> ByKind => _byKind.Value;
    public IReadOnlyList<KeyCount> ByType => _byType.Value;

    /// <summary>The earliest and latest dated evidence, comments left out.</summary>
    public Task<(PartialDate? Earliest, PartialDate? Latest)> SpanAsync() => _span.Value;

    /// <summary>The figures of a graph held in memory.</summary>
    public static GraphStats Of(GraphSnapshot snapshot)
    {
        var named = new Lazy<List<StoredActor>>(() => snapshot.Actors.Where(a => a.Documents > 0 || a.Relations > 0).ToList());
        return new GraphStats(() => snapshot.Documents.Count, () => named.Value.Count, () => snapshot.Relations.Count, () => snapshot.EvidenceCount,
            () => Counted(snapshot.Relations.GroupBy(r => ModelNames.Of(r.Kind)).Select(g => (g.Key, g.Count()))),
            () => Counted(named.Value.GroupBy(a => ModelNames.Of(a.Type)).Select(g => (g.Key, g.Count()))),
            () => Task.FromResult(Span(snapshot.Relations)));
    }

    /// <summary>The figures a view of the store counted (<paramref name="summary"/>), the span read from it when asked.</summary>
    public static GraphStats Of(GraphSummary summary, IGraphReadView view, CancellationToken cancellationToken) =>
        new(() => summary.Documents, () => summary.ActorsByType.Values.Sum(), () => summary.RelationsByKind.Values.Sum(), () => summary.Evidence,
            () => Counted(summary.RelationsByKind.Select(k => (ModelNames.Of(k.Key), k.Value))),
            () => Counted(summary.ActorsByType.Select(t => (ModelNames.Of(t.Key), t.Value))),
            () => view.DatedSpanAsync(cancellationToken));

    private static List<KeyCount> Counted(IEnumerable<(string Key, int Count)> counts) =>
        counts.Select(c => new KeyCount(c.Key, c.Count)).OrderBy(k => k.Key).ToList();

    private static (PartialDate? Earliest, PartialDate? Latest) Span(IEnumerable<StoredRelation> relations)
    {
        PartialDate? earliest = null, latest = null;
        foreach (var relation in relations)
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
    }
}
