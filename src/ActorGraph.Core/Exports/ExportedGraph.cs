using ActorGraph.Core.Graph;
using ActorGraph.Core.Model;
using ActorGraph.Core.Storage;

namespace ActorGraph.Core.Exports;

/// <summary>
/// What an export holds: the edges a filter admits (or a neighbourhood's), the actors at their ends, and every
/// edge's evidence with its sentence and document. As of a date, evidence dated after it is left out: the
/// export shows what was known then.
/// </summary>
public sealed class ExportedGraph
{
    private ExportedGraph(IReadOnlyList<StoredActor> actors, IReadOnlyList<ExportedEdge> edges, GraphFilter filter)
    {
        Actors = actors;
        Edges = edges;
        Filter = filter;
        Documents = edges.SelectMany(e => e.Evidence).Select(e => e.Document).DistinctBy(d => d.Key).OrderBy(d => d.Key, StringComparer.Ordinal).ToList();
    }

    public IReadOnlyList<StoredActor> Actors { get; }
    public IReadOnlyList<ExportedEdge> Edges { get; }
    public IReadOnlyList<StoredDocument> Documents { get; }
    public GraphFilter Filter { get; }

    /// <summary>
    /// The edges <paramref name="filter"/> admits, or with <paramref name="centres"/> only those of their
    /// neighbourhoods (<paramref name="hops"/> out, at most <paramref name="limit"/> actors each), as the browser shows
    /// them, less the <paramref name="hidden"/> actors; evidence text is read from the store for the edges exported only.
    /// </summary>
    public static async Task<ExportedGraph> BuildAsync(IGraphStore store, GraphSnapshot snapshot, GraphFilter filter,
        IReadOnlyCollection<string>? centres = null, int hops = 1, int limit = int.MaxValue, CancellationToken cancellationToken = default,
        IReadOnlyCollection<string>? hidden = null)
    {
        IEnumerable<GraphEdge> edges;
        IEnumerable<StoredActor> actors;
        if (centres is { Count: > 0 })
        {
            var neighbourhoods = centres.Select(c => snapshot.Neighborhood(c, hops, filter, limit, cancellationToken)).ToList();
            var hide = (hidden ?? []).ToHashSet(StringComparer.OrdinalIgnoreCase);
            edges = neighbourhoods.SelectMany(n => n.Edges).DistinctBy(e => e.Id).Where(e => !hide.Contains(e.Source) && !hide.Contains(e.Target));
            actors = neighbourhoods.SelectMany(n => n.Nodes).DistinctBy(a => a.Name).Where(a => !hide.Contains(a.Name));
        }
        else
        {
            edges = snapshot.Edges.Where(filter.Admits).ToList();
            var ends = edges.SelectMany(e => new[] { e.Source, e.Target }).ToHashSet(StringComparer.OrdinalIgnoreCase);
            actors = snapshot.Actors.Where(a => ends.Contains(a.Name));
        }
        var ordered = edges.OrderBy(e => e.Source, StringComparer.Ordinal).ThenBy(e => e.Kind).ThenBy(e => e.Target, StringComparer.Ordinal).ToList();
        var known = new List<(GraphEdge Edge, List<StoredEvidence> Evidence)>();
        foreach (var edge in ordered)
            known.Add((edge, edge.Relation.Evidence.Where(e => filter.AsOf is not { } day || e.Evidence.Date is not { } date || date.Value <= day).ToList()));
        var texts = await TextsAsync(store, known.SelectMany(k => k.Evidence), cancellationToken);
        var exported = known.Select(k => new ExportedEdge(k.Edge, k.Evidence.Select(e => WithText(e, texts)).ToList())).ToList();
        return new ExportedGraph(actors.OrderBy(a => a.Name, StringComparer.Ordinal).ToList(), exported, filter);
    }

    private static async Task<Dictionary<long, (string Sentence, string Explanation)>> TextsAsync(IGraphStore store, IEnumerable<StoredEvidence> evidence, CancellationToken cancellationToken)
    {
        var texts = new Dictionary<long, (string, string)>();
        foreach (var batch in evidence.Where(e => !e.HasText && e.Id != 0).Select(e => e.Id).Distinct().Chunk(500))
            foreach (var (id, text) in await store.GetEvidenceTextAsync(batch, cancellationToken))
                texts[id] = text;
        return texts;
    }

    private static StoredEvidence WithText(StoredEvidence evidence, Dictionary<long, (string Sentence, string Explanation)> texts) =>
        evidence.HasText || !texts.TryGetValue(evidence.Id, out var text)
            ? evidence
            : evidence with { Evidence = evidence.Evidence with { Sentence = text.Sentence, Explanation = text.Explanation } };
}

/// <summary>An exported edge: the relation with its validity and the evidence exported for it.</summary>
public sealed record ExportedEdge(GraphEdge Edge, IReadOnlyList<StoredEvidence> Evidence)
{
    /// <summary>Stable across exports and stores: <c>source|kind|target</c>.</summary>
    public string Key => Edge.Id;

    public StoredRelation Relation => Edge.Relation;

    /// <summary>The Neo4j relationship type: <c>ATTACKED</c>, <c>AFFILIATE_OF</c>, <c>ALLIED_WITH</c>, <c>RIVAL_OF</c>.</summary>
    public string Neo4jType => Edge.Kind switch
    {
        RelationKind.Affiliate => "AFFILIATE_OF",
        RelationKind.Allied => "ALLIED_WITH",
        RelationKind.Rival => "RIVAL_OF",
        _ => "ATTACKED",
    };

    /// <summary>An evidence row's identity that survives a rebuilt store: document, sentence and relation.</summary>
    public static string EvidenceKey(ExportedEdge edge, StoredEvidence evidence) =>
        $"{evidence.Document.Key}#{evidence.Evidence.SentenceIndex}#{edge.Key}";
}
