using ActorGraph.Core.Storage;
using GraphQL.DataLoader;

namespace ActorGraph.Api.GraphQL;

/// <summary>
/// The evidence texts one request shows, read from the store in batches rather than one query per sentence: each
/// field names its evidence and gets a pending result; GraphQL.NET completes those after the other fields of the
/// level, and the first to need its text reads every one named so far.
/// </summary>
internal sealed class EvidenceTextBatch(IGraphStore store)
{
    private readonly Lock _sync = new();
    private readonly HashSet<long> _wanted = [];
    private readonly Dictionary<long, (string Sentence, string Explanation)> _read = [];
    private Task? _reading;

    public IDataLoaderResult<string> Sentence(long id) => Want(id, text => text.Sentence);

    public IDataLoaderResult<string> Explanation(long id) => Want(id, text => text.Explanation);

    private Pending Want(long id, Func<(string Sentence, string Explanation), string> part)
    {
        lock (_sync)
            if (!_read.ContainsKey(id))
                _wanted.Add(id);
        return new Pending(this, id, part);
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
        var texts = await store.GetEvidenceTextAsync(ids, cancellationToken);
        lock (_sync)
            foreach (var id in ids)
                _read[id] = texts.TryGetValue(id, out var text) ? text : ("", ""); // a row gone since the snapshot: no text
    }

    private sealed class Pending(EvidenceTextBatch batch, long id, Func<(string Sentence, string Explanation), string> part) : IDataLoaderResult<string>
    {
        public async Task<string> GetResultAsync(CancellationToken cancellationToken = default) => part(await batch.TextAsync(id, cancellationToken));

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}
