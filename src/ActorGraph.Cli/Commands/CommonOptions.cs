using System.CommandLine;
using ActorGraph.Core;
using ActorGraph.Core.Extraction;
using ActorGraph.Core.Graph;
using ActorGraph.Core.Model;
using ActorGraph.Core.Storage;
using ActorGraph.Core.Storage.Neo4j;
using ActorGraph.Core.Storage.Sqlite;

namespace ActorGraph.Cli.Commands;

/// <summary>Options several commands share, so they read the same everywhere.</summary>
internal static class CommonOptions
{
    public static Option<string> Database() => new("--db")
    {
        Description = $"The embedded store (SQLite file). Default: {SqliteGraphStore.DefaultPath}",
        DefaultValueFactory = _ => SqliteGraphStore.DefaultPath,
    };

    public static Option<string?> LexiconFolder() => new("--lexicon")
    {
        Description = "Folder holding actors.yaml and relations.yaml. Default: ./seed, else the copy shipped with actorgraph.",
    };

    /// <summary>
    /// How many documents are read and extracted at once. Any number gives the same output and the same store: results
    /// are taken in the files' order.
    /// </summary>
    public static Option<int> Jobs()
    {
        var jobs = new Option<int>("--jobs", "-j")
        {
            Description = $"Read and extract this many documents at once (default: one per core, {InOrder.DefaultJobs} here). Output and store are the same for any number.",
            DefaultValueFactory = _ => InOrder.DefaultJobs,
        };
        jobs.Validators.Add(result =>
        {
            // (A value that is no number is the parser's error already.)
            if (result.Tokens is [{ Value: var given }] && int.TryParse(given, out var count) && count < 1)
                result.AddError("--jobs must be at least 1");
        });
        return jobs;
    }

    /// <summary>The bounds of reading one document, each an option; defaults from <see cref="ExtractionLimits.Default"/>.</summary>
    public sealed class LimitOptions
    {
        public Option<int> DocumentMegabytes { get; } = new("--max-document-mb")
        {
            Description = $"Skip documents larger than this many megabytes (default {ExtractionLimits.Default.MaxDocumentBytes / (1024 * 1024)}).",
            DefaultValueFactory = _ => (int)(ExtractionLimits.Default.MaxDocumentBytes / (1024 * 1024)),
        };

        public Option<int> SentenceChars { get; } = new("--max-sentence-chars")
        {
            Description = $"Read longer sentences in pieces of at most this many characters (default {ExtractionLimits.Default.MaxSentenceChars}).",
            DefaultValueFactory = _ => ExtractionLimits.Default.MaxSentenceChars,
        };

        public Option<int> Relations { get; } = new("--max-relations")
        {
            Description = $"Stop reading a document once it gave this many relations (default {ExtractionLimits.Default.MaxRelationsPerDocument}).",
            DefaultValueFactory = _ => ExtractionLimits.Default.MaxRelationsPerDocument,
        };

        public IEnumerable<Option> All => [DocumentMegabytes, SentenceChars, Relations];

        public ExtractionLimits Read(ParseResult parse)
        {
            var megabytes = parse.GetValue(DocumentMegabytes);
            var chars = parse.GetValue(SentenceChars);
            var relations = parse.GetValue(Relations);
            if (megabytes < 1)
                throw new InputException("--max-document-mb", 0, "must be at least 1");
            if (chars < 100)
                throw new InputException("--max-sentence-chars", 0, "must be at least 100");
            if (relations < 1)
                throw new InputException("--max-relations", 0, "must be at least 1");
            return new ExtractionLimits(megabytes * 1024L * 1024, chars, relations);
        }
    }

    /// <summary>
    /// Where the graph is: the embedded store (<c>--db</c>), or a Neo4j server when <c>--neo4j-uri</c> (or the
    /// API's <c>ActorGraph__Neo4jUri</c> setting in the environment) names one.
    /// </summary>
    public sealed class StoreOptions
    {
        public Option<string> Database { get; } = CommonOptions.Database();

        public Option<string?> Neo4jUri { get; } = new("--neo4j-uri")
        {
            Description = "Use this Neo4j server (the http(s) address of its HTTP Query API, e.g. http://localhost:7474) instead of the embedded store. Default: $ActorGraph__Neo4jUri.",
            DefaultValueFactory = _ => Environment.GetEnvironmentVariable("ActorGraph__Neo4jUri"),
        };

        public Option<string> Neo4jUser { get; } = new("--neo4j-user")
        {
            Description = "Neo4j user. Default: $ActorGraph__Neo4jUser, else neo4j.",
            DefaultValueFactory = _ => Environment.GetEnvironmentVariable("ActorGraph__Neo4jUser") ?? "neo4j",
        };

        public Option<string> Neo4jPassword { get; } = new("--neo4j-password")
        {
            Description = "Neo4j password. Default: $ActorGraph__Neo4jPassword (better than the command line, which others can see).",
            DefaultValueFactory = _ => Environment.GetEnvironmentVariable("ActorGraph__Neo4jPassword") ?? "",
        };

        public Option<string> Neo4jDatabase { get; } = new("--neo4j-database")
        {
            Description = "Neo4j database. Default: $ActorGraph__Neo4jDatabase, else neo4j.",
            DefaultValueFactory = _ => Environment.GetEnvironmentVariable("ActorGraph__Neo4jDatabase") ?? Neo4jConnection.DefaultDatabase,
        };

        public Option<string?> Corrections { get; } = new("--corrections")
        {
            Description = "The analysts' corrections file applied over the graph. Default: corrections.yaml beside --db.",
        };

        public IEnumerable<Option> All => [Database, Neo4jUri, Neo4jUser, Neo4jPassword, Neo4jDatabase, Corrections];

        public string CorrectionsPath(ParseResult parse) =>
            parse.GetValue(Corrections) ?? Core.Corrections.CorrectionsFile.BesideDatabase(parse.GetValue(Database)!);

        /// <summary>The graph with the corrections file applied (as the API serves it).</summary>
        public async Task<GraphSnapshot> CorrectedAsync(ParseResult parse, IGraphStore store, CancellationToken cancellationToken, bool withText = false) =>
            await GraphSnapshot.LoadAsync(store, cancellationToken, Core.Corrections.CorrectionsFile.Load(CorrectionsPath(parse)), withText);

        /// <summary>The Neo4j server named, or null for the embedded store.</summary>
        public Neo4jConnection? Neo4j(ParseResult parse) =>
            parse.GetValue(Neo4jUri) is { Length: > 0 } uri
                ? Neo4jConnection.Parse(uri, parse.GetValue(Neo4jUser)!, parse.GetValue(Neo4jPassword)!, parse.GetValue(Neo4jDatabase)!)
                : null;

        /// <summary>The store chosen, its schema ready, with a name for messages.</summary>
        public async Task<OpenedStore> OpenAsync(ParseResult parse, CancellationToken cancellationToken)
        {
            if (Neo4j(parse) is { } connection)
                return new OpenedStore(await ReadyAsync(new Neo4jGraphStore(connection), cancellationToken), $"neo4j {connection.BaseAddress}");
            var store = await OpenStoreAsync(parse.GetValue(Database)!, cancellationToken);
            return new OpenedStore(store, store.Path);
        }
    }

    /// <summary>A store a command opened; disposing it closes the store.</summary>
    public sealed record OpenedStore(IGraphStore Store, string Name) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => Store.DisposeAsync();
    }

    /// <summary>The embedded store at <paramref name="path"/>, its schema ready.</summary>
    public static Task<SqliteGraphStore> OpenStoreAsync(string path, CancellationToken cancellationToken) =>
        ReadyAsync(new SqliteGraphStore(path), cancellationToken);

    private static async Task<T> ReadyAsync<T>(T store, CancellationToken cancellationToken) where T : IGraphStore
    {
        try
        {
            await store.InitializeAsync(cancellationToken);
            return store;
        }
        catch
        {
            await store.DisposeAsync();
            throw;
        }
    }

    /// <summary>The canonical name, in the corrected graph, of the actor a user named by any alias; bad input when there is none.</summary>
    public static string ActorName(GraphSnapshot graph, string given) =>
        graph.FindActor(given)?.Name ?? throw new InputException("--actor", 0, $"no actor named or aliased '{given}' in the store (try 'actorgraph actors --search')");

    /// <summary>A date a user typed; a month or year stands for its first day, or its last with <paramref name="end"/>.</summary>
    public static DateOnly? Day(string? text, string option, bool end)
    {
        if (text is null)
            return null;
        if (!PartialDate.TryParse(text, out var date))
            throw new InputException(option, 0, $"must be a date written YYYY-MM-DD, YYYY-MM or YYYY, not '{text}'");
        return end ? date.LastDay : date.Value;
    }

    public static Argument<string[]> Paths(string description)
    {
        var paths = new Argument<string[]>("paths") { Description = description, Arity = ArgumentArity.ZeroOrMore };
        // Without this an unknown option ("--dbb") would be taken for a path and reported as a missing file.
        paths.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(t => t.Value.StartsWith('-')))
                result.AddError($"unknown option '{token.Value}'");
        });
        return paths;
    }
}
