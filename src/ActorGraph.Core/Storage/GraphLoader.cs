using ActorGraph.Core.Extraction;

namespace ActorGraph.Core.Storage;

/// <summary>
/// Reads, extracts and stores documents. A bad document is reported and skipped while the others load; each stored
/// document is its own transaction. Documents are read and extracted on several threads (<c>jobs</c>, one per core
/// unless given) and stored one at a time in the files' order, so a run stores, counts and reports exactly what a
/// one-thread run does.
/// </summary>
public sealed class GraphLoader(IGraphStore store, Lexicon lexicon, ExtractionLimits? limits = null, int? jobs = null)
{
    private readonly ExtractionLimits _limits = limits ?? ExtractionLimits.Default;
    private readonly RelationExtractor _extractor = lexicon.CreateExtractor(limits);
    private readonly int _jobs = jobs ?? InOrder.DefaultJobs;

    /// <param name="progress">Told the number of files done after each one.</param>
    public async Task<LoadSummary> LoadFilesAsync(IReadOnlyList<string> files, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        await store.SyncActorsAsync(lexicon.Actors.Actors, cancellationToken);
        int added = 0, replaced = 0, unchanged = 0, relations = 0, done = 0;
        var skipped = new List<string>();
        var notes = new List<string>();
        // A document's file name is its identity in the store: a second file of that name would replace the first on
        // every run, so it waits until one of them is renamed.
        var firstOfName = new Dictionary<string, string>(StringComparer.Ordinal);
        var sameNameAs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files)
            if (!firstOfName.TryAdd(Path.GetFileName(file), file))
                sameNameAs.TryAdd(file, firstOfName[Path.GetFileName(file)]);
        // The readers (is this text stored already?) and the writer below ask the store one thing at a time.
        using var storeTurn = new SemaphoreSlim(1, 1);
        async Task<T> InStoreTurnAsync<T>(Func<Task<T>> ask, CancellationToken token)
        {
            await storeTurn.WaitAsync(token);
            try
            {
                return await ask();
            }
            finally
            {
                storeTurn.Release();
            }
        }

        async Task<Prepared> PrepareAsync(string file, CancellationToken token)
        {
            if (sameNameAs.TryGetValue(file, out var first))
                return new Prepared(file, $"{file}: has the same file name as {first}, and a file name is a document's identity in the store; rename one to load both");
            Model.SourceDocument document;
            try
            {
                document = DocumentReader.ReadFile(file, _limits.MaxDocumentBytes);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                return new Prepared(file, DocumentFailure.Reason(file, e)); // cannot be read: skipped with its reason
            }
            // Unchanged text read with an unchanged lexicon: nothing to extract (a store error here ends the run).
            if (await InStoreTurnAsync(() => store.FingerprintOfAsync(document.Key, token), token) == Fingerprint(document))
                return new Prepared(file, Unchanged: true);
            try
            {
                return new Prepared(file, Result: _extractor.Extract(document, token));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                return new Prepared(file, DocumentFailure.Reason(file, e));
            }
        }

        await foreach (var prepared in InOrder.RunAsync(files, PrepareAsync, _jobs, cancellationToken))
        {
            if (prepared.Skipped is { } reason)
                skipped.Add(reason);
            else if (prepared.Unchanged)
                unchanged++;
            else if (prepared.Result is { } result)
            {
                notes.AddRange(result.Notes.Select(note => $"{prepared.File}: {note}"));
                // Store errors are not the document's fault (a full disk, a lost server): they end the run, and the
                // document's transaction leaves the store as it was.
                var outcome = await InStoreTurnAsync(() => StoreAsync(result, cancellationToken), cancellationToken);
                relations += result.Relations.Count;
                switch (outcome)
                {
                    case LoadOutcome.Added: added++; break;
                    case LoadOutcome.Replaced: replaced++; break;
                    default: unchanged++; break;
                }
            }
            progress?.Report(++done);
        }
        await store.CompleteLoadsAsync(cancellationToken);
        return new LoadSummary(added, replaced, unchanged, skipped, relations, await store.CountAsync(cancellationToken)) { Notes = notes };
    }

    /// <summary>One file as read and extracted, waiting to be stored: skipped with a reason, unchanged, or extracted.</summary>
    private sealed record Prepared(string File, string? Skipped = null, bool Unchanged = false, Model.ExtractionResult? Result = null);

    /// <summary>Extracts and stores one document already read (a file, or text sent to the API).</summary>
    /// <returns>What the store did, and how many relations the document yields.</returns>
    public async Task<(LoadOutcome Outcome, int Relations)> LoadDocumentAsync(Model.SourceDocument document, CancellationToken cancellationToken = default)
    {
        var result = Extract(document, cancellationToken);
        var outcome = await StoreAsync(result, cancellationToken);
        await store.CompleteLoadsAsync(cancellationToken);
        return (outcome, result.Relations.Count);
    }

    /// <summary>Reads one document (no store access); cancellable between sentences.</summary>
    public Model.ExtractionResult Extract(Model.SourceDocument document, CancellationToken cancellationToken = default) =>
        _extractor.Extract(document, cancellationToken);

    /// <summary>Stores an extraction in one transaction: whole, or (cancelled, failed) not at all.</summary>
    public Task<LoadOutcome> StoreAsync(Model.ExtractionResult result, CancellationToken cancellationToken = default) =>
        store.LoadAsync(result, Fingerprint(result.Document), cancellationToken);

    private string Fingerprint(Model.SourceDocument document) => $"{document.ContentHash}:{lexicon.Fingerprint}";
}
