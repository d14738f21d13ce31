using ActorGraph.Core.Extraction;
using ActorGraph.Core.Graph;
using ActorGraph.Core.Model;
using ActorGraph.Core.Storage;
using ActorGraph.Core.Storage.Neo4j;
using ActorGraph.Core.Storage.Sqlite;
using Microsoft.Extensions.Options;

namespace ActorGraph.Api;

/// <summary>
/// The API's one store and the snapshot its queries read. Loads are serialised; after each load the next
/// query reads a fresh snapshot.
/// </summary>
public sealed class GraphState : IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly ActorGraphOptions _options;
    private GraphSnapshot? _snapshot;

    public GraphState(IOptions<ActorGraphOptions> options, IHostEnvironment environment)
    {
        // Relative paths in settings are relative to the content root (the project folder under 'dotnet run').
        string Full(string path) => Path.GetFullPath(path, environment.ContentRootPath);
        _options = options.Value;
        DatabasePath = Full(_options.DatabasePath);
        SeedFolder = string.IsNullOrEmpty(_options.SeedFolder) ? null : Full(_options.SeedFolder);
        Store = string.Equals(_options.Store, "neo4j", StringComparison.OrdinalIgnoreCase)
            ? new Neo4jGraphStore(Neo4jConnection.Parse(_options.Neo4jUri!, _options.Neo4jUser, _options.Neo4jPassword, _options.Neo4jDatabase))
            : new SqliteGraphStore(DatabasePath);
        Lexicon = Lexicon.Load(_options.LexiconFolder is { Length: > 0 } lexicon ? Full(lexicon)
            : SeedFolder is not null && File.Exists(Path.Combine(SeedFolder, Lexicon.ActorsFile)) ? SeedFolder : Lexicon.Locate(null));
    }

    public string DatabasePath { get; }

    private string StoreName => Store is Neo4jGraphStore ? $"neo4j {_options.Neo4jUri}" : DatabasePath;

    /// <summary>The folder loaded into an empty store at start-up; null when none is configured.</summary>
    public string? SeedFolder { get; }

    public IGraphStore Store { get; }
    public Lexicon Lexicon { get; }

    /// <summary>Creates the schema, syncs the dictionary, and loads the seed folder when the store has no document.</summary>
    public async Task InitializeAsync(ILogger logger, CancellationToken cancellationToken)
    {
        await Store.InitializeAsync(cancellationToken);
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

    public async Task<GraphSnapshot> SnapshotAsync(CancellationToken cancellationToken)
    {
        if (_snapshot is { } current)
            return current;
        await _gate.WaitAsync(cancellationToken);
        try
        {
            return _snapshot ??= await GraphSnapshot.LoadAsync(Store, cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Extracts and stores one document, as the CLI's load does; the same text twice is Unchanged.</summary>
    public async Task<(LoadOutcome Outcome, int Relations)> LoadAsync(SourceDocument document, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var result = await new GraphLoader(Store, Lexicon).LoadDocumentAsync(document, cancellationToken);
            if (result.Outcome != LoadOutcome.Unchanged)
                _snapshot = null;
            return result;
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync() => await Store.DisposeAsync();
}
