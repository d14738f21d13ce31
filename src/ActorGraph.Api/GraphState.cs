using ActorGraph.Core;
using ActorGraph.Core.Corrections;
using ActorGraph.Core.Extraction;
using ActorGraph.Core.Graph;
using ActorGraph.Core.Model;
using ActorGraph.Core.Storage;
using ActorGraph.Core.Storage.Neo4j;
using ActorGraph.Core.Storage.Sqlite;
using System.Diagnostics;
using Microsoft.Extensions.Options;

namespace ActorGraph.Api;

/// <summary>
/// The API's one store and the snapshot its queries read. Loads are serialised; after any commit to the store
/// (here or by another process) the next query reads a fresh snapshot.
/// </summary>
public sealed class GraphState : IAsyncDisposable
{
    /// <summary>One write at a time through this server's store connection.</summary>
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly SemaphoreSlim _extractionSlots = new(Environment.ProcessorCount, Environment.ProcessorCount);
    private readonly ActorGraphOptions _options;
    private readonly object _sync = new();
    private (string Stamp, GraphSnapshot Snapshot, long Build)? _current;
    private (string Stamp, Task<GraphSnapshot> Task)? _building;

    /// <summary>True once a snapshot is held: from then on it answers every query (read without the lock by each query).</summary>
    private bool _held;

    /// <summary>Builds are numbered as they start: a later one reads a later state of the store.</summary>
    private long _builds;

    public GraphState(IOptions<ActorGraphOptions> options, IHostEnvironment environment)
    {
        // Relative paths in settings are relative to the content root (the project folder under 'dotnet run').
        string Full(string path) => Path.GetFullPath(path, environment.ContentRootPath);
        _options = options.Value;
        DatabasePath = Full(_options.DatabasePath);
        CorrectionsPath = _options.CorrectionsPath is { Length: > 0 } corrections ? Full(corrections) : CorrectionsFile.BesideDatabase(DatabasePath);
        SeedFolder = string.IsNullOrEmpty(_options.SeedFolder) ? null : Full(_options.SeedFolder);
        Store = string.Equals(_options.Store, "neo4j", StringComparison.OrdinalIgnoreCase)
            ? new Neo4jGraphStore(Neo4jConnection.Parse(_options.Neo4jUri!, _options.Neo4jUser, _options.Neo4jPassword, _options.Neo4jDatabase))
            : new SqliteGraphStore(DatabasePath);
        _lexicon = new Lazy<Lexicon>(() => Lexicon.Load(_options.LexiconFolder is { Length: > 0 } lexicon ? Full(lexicon)
            : SeedFolder is not null && File.Exists(Path.Combine(SeedFolder, Lexicon.ActorsFile)) ? SeedFolder : Lexicon.Locate(null)));
    }

    public string DatabasePath { get; }

    /// <summary>
    /// How a snapshot is read from the store, given the one before (null at start); tests slow it down to see what
    /// queries get meanwhile.
    /// </summary>
    internal Func<IGraphStore, IReadOnlyList<Correction>, GraphSnapshot?, Task<GraphSnapshot>> SnapshotBuilder { get; set; } = ReadSnapshotAsync;

    /// <summary>At most this many changed documents are applied to the snapshot before; more, and the graph is read whole.</summary>
    private const int MaxDocumentsApplied = 500;

    /// <summary>
    /// The snapshot before brought up to date with what the documents committed since changed, when it can be (the
    /// embedded store, no corrections, a few documents); else the whole graph read again. On a million relations the
    /// first takes a second or two, the second ten or more.
    /// </summary>
    private static async Task<GraphSnapshot> ReadSnapshotAsync(IGraphStore store, IReadOnlyList<Correction> corrections, GraphSnapshot? previous)
    {
        if (previous is { ChangeMark: >= 0 } && corrections.Count == 0 && store is SqliteGraphStore sqlite
            && await sqlite.ReadChangesAsync(previous.ChangeMark, MaxDocumentsApplied) is { } changes
            && previous.WithChanges(changes) is { } updated)
            return updated;
        return await GraphSnapshot.LoadAsync(store, CancellationToken.None, corrections);
    }

    /// <summary>The analysts' corrections, applied over every snapshot (corrections.yaml).</summary>
    public string CorrectionsPath { get; }

    /// <summary>Why the corrections file could not be read when the current snapshot was built; null when it was.</summary>
    public string? CorrectionsError { get; private set; }

    private string StoreName => Store is Neo4jGraphStore ? $"neo4j {_options.Neo4jUri}" : DatabasePath;

    /// <summary>The folder loaded into an empty store at start-up; null when none is configured.</summary>
    public string? SeedFolder { get; }

    public IGraphStore Store { get; }
    /// <summary>The dictionary and cues, read when first needed (at start-up, while the graph is read).</summary>
    public Lexicon Lexicon => _lexicon.Value;

    private readonly Lazy<Lexicon> _lexicon;

    /// <summary>Creates the schema, syncs the dictionary, and loads the seed folder when the store has no document.</summary>
    public async Task InitializeAsync(ILogger logger, CancellationToken cancellationToken)
    {
        await Store.InitializeAsync(cancellationToken);
        // An empty store about to take the seed has no graph worth reading first: once read, the empty graph would be
        // what the first queries got while the seeded one was built (a fresh server's "{ stats }" said 0 documents).
        var seeding = SeedFolder is not null && Directory.Exists(SeedFolder) && (await Store.CountAsync(cancellationToken)).Documents == 0;
        // Otherwise the graph is read while the dictionary is read and synced (seconds on a large store). When the sync
        // changes the store, the graph read meanwhile is older than the store and the next query reads it again.
        if (!seeding)
            _ = RefreshAsync();
        await Store.SyncActorsAsync(Lexicon.Actors.Actors, cancellationToken);
        var counts = await Store.CountAsync(cancellationToken);
        if (counts.Documents > 0 || SeedFolder is null || !Directory.Exists(SeedFolder))
        {
            logger.LogInformation("Store {Store}: {Documents} documents, {Relations} relations", StoreName, counts.Documents, counts.Relations);
            return;
        }
        var summary = await new GraphLoader(Store, Lexicon).LoadFilesAsync(DocumentFiles.Expand([SeedFolder]), cancellationToken: cancellationToken);
        foreach (var skipped in summary.Skipped)
            logger.LogWarning("Seed document skipped: {Reason}", skipped);
        logger.LogInformation("Loaded seed {Folder} into {Path}: {Documents} documents, {Relations} relations",
            SeedFolder, StoreName, summary.After.Documents, summary.After.Relations);
    }

    /// <summary>
    /// The snapshot of the store as last committed, by this server or by anyone else (an <c>actorgraph load</c>
    /// into the same file): the store's change stamp says when it is stale. It is built apart from any request,
    /// so a request that gives up (a timeout, a client gone) never cancels it for the others. While a new one is
    /// built, a query waits at most <see cref="ActorGraphOptions.FreshWaitMilliseconds"/> for it and is otherwise
    /// answered from the previous snapshot: on a large store a load never stalls the queries in flight.
    /// </summary>
    public async Task<GraphSnapshot> SnapshotAsync(CancellationToken cancellationToken)
    {
        var (building, previous) = await BuildingAsync(cancellationToken);
        if (previous is null || building.IsCompleted)
            return await building.WaitAsync(cancellationToken);
        var first = await Task.WhenAny(building, Task.Delay(_options.FreshWaitMilliseconds, cancellationToken));
        return first == building && building.IsCompletedSuccessfully ? building.Result : previous;
    }

    /// <summary>
    /// A view of the store for a query's actor-centred fields: always (<see cref="ActorGraphOptions.AnswerFromStore"/>
    /// "always"), or for a query that comes before any graph is held ("start": at start, while it is read), so the
    /// store answers through its indexes at once rather than after the whole graph is read. Null otherwise, when the
    /// store offers no view, or when corrections are in force (the store holds the graph uncorrected). The caller
    /// disposes it.
    /// </summary>
    public async Task<IGraphReadView?> StoreViewAsync(CancellationToken cancellationToken)
    {
        switch (_options.StoreAnswers)
        {
            case "never":
                return null;
            case "start":
                if (Volatile.Read(ref _held))
                    return null;
                var (building, previous) = await BuildingAsync(cancellationToken);
                if (previous is not null || building.IsCompleted)
                    return null;
                break;
        }
        return CorrectionsInForce() ? null : await Store.OpenReadViewAsync(cancellationToken);
    }

    /// <summary>
    /// True when the corrections file holds an entry (a broken file counts as none: its graph is served uncorrected).
    /// Read again only when the file changes: with store answers "always" every query asks.
    /// </summary>
    private bool CorrectionsInForce()
    {
        var edition = CorrectionsEdition();
        if (Volatile.Read(ref _correctionsSeen) is { } seen && seen.Edition == edition)
            return seen.InForce;
        bool inForce;
        try
        {
            inForce = File.Exists(CorrectionsPath) && CorrectionsFile.Load(CorrectionsPath).Count > 0;
        }
        catch (InputException)
        {
            inForce = false;
        }
        Volatile.Write(ref _correctionsSeen, new CorrectionsSeen(edition, inForce));
        return inForce;
    }

    private sealed record CorrectionsSeen(string Edition, bool InForce);

    private CorrectionsSeen? _correctionsSeen;

    /// <summary>The corrections file as it is now ("none", or its write time and length): it changes whenever the file is edited.</summary>
    private string CorrectionsEdition()
    {
        var corrections = new FileInfo(CorrectionsPath);
        return corrections.Exists ? $"{corrections.LastWriteTimeUtc.Ticks}:{corrections.Length}" : "none";
    }

    /// <summary>
    /// After this server changed the graph (a load, a correction): waits up to half the request timeout for the
    /// snapshot that shows it, so the client that made the change reads it in its next query. Never throws: the
    /// change is made whether or not the snapshot is ready.
    /// </summary>
    public async Task RefreshAsync()
    {
        // Answering from the store always, a graph no query has needed yet is not read (at start, after a change):
        // the store shows the change at once, and the graph is read when a query first needs the whole of it.
        if (_options.StoreAnswers == "always" && !Volatile.Read(ref _held))
            lock (_sync)
                if (_building is null)
                    return;
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(Math.Max(1, _options.RequestTimeoutSeconds / 2)));
            var (building, _) = await BuildingAsync(timeout.Token, fresh: true);
            await building.WaitAsync(timeout.Token);
        }
        catch (Exception e) when (e is OperationCanceledException or InputException or InvalidOperationException)
        {
            // Queries build it; this caller only hoped to wait for it.
        }
    }

    /// <summary>The snapshot task for the store as it is now (done when nothing changed), and the last one built.</summary>
    private async Task<(Task<GraphSnapshot> Building, GraphSnapshot? Previous)> BuildingAsync(CancellationToken cancellationToken, bool fresh = false)
    {
        var stamp = await StampAsync(fresh, cancellationToken);
        lock (_sync)
        {
            if (_current is { } current && current.Stamp == stamp)
                return (Task.FromResult(current.Snapshot), current.Snapshot);
            if (_building is not { } pending || pending.Stamp != stamp || pending.Task.IsFaulted || pending.Task.IsCanceled)
                _building = (stamp, BuildAsync(stamp, ++_builds));
            return (_building.Value.Task, _current?.Snapshot);
        }
    }

    /// <summary>
    /// How long a change stamp read from the store stays the answer. Reading it is a store call (and a look at the
    /// corrections file) that every query made, one at a time: at thousands of queries a second, a fifth of what a
    /// small one cost. A commit by another process is therefore seen by the queries that start this long after it
    /// (the issue on scale asks for a second); this server's own writes are seen at once (<see cref="RefreshAsync"/>).
    /// </summary>
    public static readonly TimeSpan StampLifetime = TimeSpan.FromMilliseconds(10);

    /// <summary>The last stamp read and when its read began (<see cref="Stopwatch"/> ticks).</summary>
    private (string Stamp, long ReadAt)? _stamp;

    /// <summary>What the store and the corrections file are now, as a string that changes whenever either does.</summary>
    private async Task<string> StampAsync(bool fresh, CancellationToken cancellationToken)
    {
        lock (_sync)
            if (!fresh && _stamp is { } known && Stopwatch.GetElapsedTime(known.ReadAt) < StampLifetime)
                return known.Stamp;
        var readAt = Stopwatch.GetTimestamp();
        // The corrections file is part of what the graph is: an edit to it (here, by hand, by git) is a change too.
        var stamp = await Store.ChangeStampAsync(cancellationToken) + "|" + CorrectionsEdition();
        lock (_sync)
            if (_stamp is not { } before || before.ReadAt < readAt)
                _stamp = (stamp, readAt);
        return stamp;
    }

    private async Task<GraphSnapshot> BuildAsync(string stamp, long build)
    {
        IReadOnlyList<Correction> corrections = [];
        string? error = null;
        try
        {
            corrections = CorrectionsFile.Load(CorrectionsPath);
        }
        catch (InputException e)
        {
            // A hand edit that broke the file must not take the graph away: it is served uncorrected and says why.
            error = e.Message;
        }
        GraphSnapshot? previous;
        lock (_sync)
            previous = _current?.Snapshot;
        var snapshot = await Task.Run(() => SnapshotBuilder(Store, corrections, previous));
        CorrectionsError = error;
        lock (_sync)
            // A build that started earlier and ends later read an older state: it never replaces a newer graph,
            // or a query after it would see the store go back in time.
            if (_current is not { } current || current.Build < build)
            {
                _current = (stamp, snapshot, build);
                Volatile.Write(ref _held, true);
            }
        return snapshot;
    }

    /// <summary>
    /// Extracts and stores one document, as the CLI's load does; the same text twice is Unchanged. Extraction
    /// runs before the write lock is taken, so a long document holds up no other write while it is read; the
    /// store's transaction commits whole or not at all, so a cancelled load stores nothing.
    /// </summary>
    public async Task<(LoadOutcome Outcome, int Relations)> LoadAsync(SourceDocument document, CancellationToken cancellationToken)
    {
        var loader = new GraphLoader(Store, Lexicon);
        // Extraction is long CPU work: on a thread of its own, so the request pool stays free for cheap queries
        // (on the pool, a few long extractions starved them for seconds until the pool grew), and at most one a core.
        await _extractionSlots.WaitAsync(cancellationToken);
        Core.Model.ExtractionResult result;
        try
        {
            result = await Task.Factory.StartNew(() => loader.Extract(document, cancellationToken), cancellationToken,
                TaskCreationOptions.LongRunning, TaskScheduler.Default);
        }
        finally
        {
            _extractionSlots.Release();
        }
        await _gate.WaitAsync(cancellationToken);
        LoadOutcome outcome;
        try
        {
            outcome = await loader.StoreAsync(result, cancellationToken);
            await Store.CompleteLoadsAsync(cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
        // The client that loaded it reads it in its next query (waited for here, outside the write lock).
        await RefreshAsync();
        return (outcome, result.Relations.Count);
    }

    public async ValueTask DisposeAsync() => await Store.DisposeAsync();
}
