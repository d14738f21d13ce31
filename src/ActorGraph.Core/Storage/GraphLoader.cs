using ActorGraph.Core.Extraction;

namespace ActorGraph.Core.Storage;

/// <summary>
/// Reads, extracts and stores documents one by one. A bad document is reported and skipped while the others
/// load; each stored document is its own transaction.
/// </summary>
public sealed class GraphLoader(IGraphStore store, Lexicon lexicon, ExtractionLimits? limits = null)
{
    private readonly ExtractionLimits _limits = limits ?? ExtractionLimits.Default;
    private readonly RelationExtractor _extractor = lexicon.CreateExtractor(limits);

    /// <param name="progress">Told the number of files done after each one.</param>
    public async Task<LoadSummary> LoadFilesAsync(IReadOnlyList<string> files, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        await store.SyncActorsAsync(lexicon.Actors.Actors, cancellationToken);
        int added = 0, replaced = 0, unchanged = 0, relations = 0, done = 0;
        var skipped = new List<string>();
        var notes = new List<string>();
        var byName = new Dictionary<string, string>(StringComparer.Ordinal);

        // A document that cannot be read or extracted is skipped with its reason; null tells the caller so.
        T? OrSkip<T>(string file, Func<T> work) where T : class
        {
            try
            {
                return work();
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                skipped.Add(DocumentFailure.Reason(file, e));
                return null;
            }
        }

        async Task LoadOneAsync(string file)
        {
            // A document's file name is its identity in the store: a second file of that name would replace the
            // first on every run, so it waits until one of them is renamed.
            if (!byName.TryAdd(Path.GetFileName(file), file))
            {
                skipped.Add($"{file}: has the same file name as {byName[Path.GetFileName(file)]}, and a file name is a document's identity in the store; rename one to load both");
                return;
            }
            if (OrSkip(file, () => DocumentReader.ReadFile(file, _limits.MaxDocumentBytes)) is not { } document)
                return;
            // Unchanged text read with an unchanged lexicon: nothing to extract (a store error here ends the run).
            if (await store.FingerprintOfAsync(document.Key, cancellationToken) == Fingerprint(document))
            {
                unchanged++;
                return;
            }
            if (OrSkip(file, () => _extractor.Extract(document, cancellationToken)) is not { } result)
                return;
            notes.AddRange(result.Notes.Select(note => $"{file}: {note}"));
            // Store errors are not the document's fault (a full disk, a lost server): they end the run, and the
            // document's transaction leaves the store as it was.
            var outcome = await StoreAsync(result, cancellationToken);
            relations += result.Relations.Count;
            switch (outcome)
            {
                case LoadOutcome.Added: added++; break;
                case LoadOutcome.Replaced: replaced++; break;
                default: unchanged++; break;
            }
        }

        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await LoadOneAsync(file);
            progress?.Report(++done);
        }
        await store.CompleteLoadsAsync(cancellationToken);
        return new LoadSummary(added, replaced, unchanged, skipped, relations, await store.CountAsync(cancellationToken)) { Notes = notes };
    }

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
