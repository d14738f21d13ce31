using GraphQL.DataLoader;

namespace ActorGraph.Api.GraphQL;

/// <summary>
/// The evidence texts one request shows, read from the store in batches rather than one query per sentence: each
/// field names its evidence and gets a pending result; GraphQL.NET completes those after the other fields of the
/// level, and the first to need its text reads every one named so far. Texts already read for the same snapshot
/// come from its cache at once, without a pending result.
/// </summary>
internal sealed class EvidenceTextBatch(Func<IReadOnlyCollection<long>, CancellationToken, Task<IReadOnlyDictionary<long, (string Sentence, string Explanation)>>> read,
    EvidenceTextCache? cache)
{
    private readonly Lock _sync = new();
    private readonly HashSet<long> _wanted = [];
    private readonly Dictionary<long, (string Sentence, string Explanation)> _read = [];
    private Task? _reading;

    /// <returns>The sentence, or a pending result (<see cref="IDataLoaderResult{T}"/>) when it must be read.</returns>
    public object Sentence(long id) => Part(id, text => text.Sentence);

    /// <returns>The explanation, or a pending result when it must be read.</returns>
    public object Explanation(long id) => Part(id, text => text.Explanation);

    private object Part(long id, Func<(string Sentence, string Explanation), string> part)
    {
        if (cache is not null && cache.TryGet(id, out var kept))
            return part(kept);
        lock (_sync)
            if (!_read.ContainsKey(id))
                _wanted.Add(id);
        return new PendingResult<string>(async cancellationToken => part(await TextAsync(id, cancellationToken)));
    }

    private async Task<(string Sentence, string Explanation)> TextAsync(long id, CancellationToken cancellationToken)
    {
        while (true)
        {
            Task reading;
            lock (_sync)
            {
                if (_read.TryGetValue(id, out var text))
                    return text;
                _wanted.Add(id); // asked for after a batch that failed, or never named: read with the next
                if (_reading is null || _reading.IsCompleted)
                {
                    var ids = _wanted.ToList();
                    _wanted.Clear();
                    _reading = ReadAsync(ids, cancellationToken);
                }
                reading = _reading;
            }
            await reading; // a failed batch fails the fields waiting on it
        }
    }

    private async Task ReadAsync(List<long> ids, CancellationToken cancellationToken)
    {
        var texts = await read(ids, cancellationToken);
        lock (_sync)
            foreach (var id in ids)
                if (texts.TryGetValue(id, out var text))
                {
                    _read[id] = text;
                    cache?.Add(id, text);
                }
                else
                    _read[id] = ("", ""); // a row gone since the snapshot: no text
    }
}
