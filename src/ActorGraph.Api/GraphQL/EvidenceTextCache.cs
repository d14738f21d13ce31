using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using ActorGraph.Core.Graph;

namespace ActorGraph.Api.GraphQL;

/// <summary>
/// Evidence texts already read from the store, kept for one snapshot: a page of relations shown again (the browser,
/// a notebook paging back) reads no sentence twice. Bounded: two generations of at most <see cref="Capacity"/>
/// texts each; when the newer fills up the older is dropped, so texts read again stay and the rest age out.
/// A snapshot has its own (evidence ids are row ids, which a later load may give to another sentence), and only
/// texts found are kept (a row gone since the snapshot is asked for again).
/// </summary>
internal sealed class EvidenceTextCache
{
    /// <summary>Texts per generation: with a sentence and its explanation at about 1 KB, at most about 30 MB in all.</summary>
    public const int Capacity = 16_384;

    private static readonly ConditionalWeakTable<GraphSnapshot, EvidenceTextCache> PerSnapshot = [];

    private readonly Lock _sync = new();
    private ConcurrentDictionary<long, (string Sentence, string Explanation)> _newer = new();
    private ConcurrentDictionary<long, (string Sentence, string Explanation)> _older = new();

    public static EvidenceTextCache Of(GraphSnapshot snapshot) => PerSnapshot.GetValue(snapshot, _ => new EvidenceTextCache());

    public int Count => _newer.Count + _older.Count;

    public bool TryGet(long id, out (string Sentence, string Explanation) text)
    {
        if (_newer.TryGetValue(id, out text))
            return true;
        if (!_older.TryGetValue(id, out text))
            return false;
        Add(id, text); // read again: it stays when the older generation goes
        return true;
    }

    public void Add(long id, (string Sentence, string Explanation) text)
    {
        if (_newer.Count >= Capacity)
            lock (_sync)
                if (_newer.Count >= Capacity)
                {
                    _older = _newer;
                    _newer = new();
                }
        _newer[id] = text;
    }
}
