namespace ActorGraph.Api;

/// <summary>
/// Settings under "ActorGraph" in appsettings.json, or environment variables such as
/// <c>ActorGraph__DatabasePath=/data/graph.db</c> and <c>ActorGraph__ApiKey=...</c>.
/// </summary>
public sealed class ActorGraphOptions
{
    public const string Section = "ActorGraph";

    /// <summary>Which store: "sqlite" (embedded, the default) or "neo4j" (a server, through its HTTP Query API).</summary>
    public string Store { get; set; } = "sqlite";

    /// <summary>With Store "neo4j": the HTTP Query API's address, e.g. http://localhost:7474.</summary>
    public string? Neo4jUri { get; set; }

    public string Neo4jUser { get; set; } = "neo4j";
    public string Neo4jPassword { get; set; } = "";
    public string Neo4jDatabase { get; set; } = "neo4j";

    /// <summary>The embedded store's file; relative paths are relative to the content root (the project folder under dotnet run).</summary>
    public string DatabasePath { get; set; } = Core.Storage.Sqlite.SqliteGraphStore.DefaultPath;

    /// <summary>The analysts' corrections file; empty: corrections.yaml beside the embedded store's file.</summary>
    public string CorrectionsPath { get; set; } = "";

    /// <summary>Documents loaded when the store is empty at start-up; empty to start with an empty graph.</summary>
    public string SeedFolder { get; set; } = "seed";

    /// <summary>Folder with actors.yaml and relations.yaml; default: the seed folder, else the copy beside the program.</summary>
    public string? LexiconFolder { get; set; }

    /// <summary>Key the loadDocument mutation requires in the X-Api-Key header. No key: the mutation is off.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Origins allowed to call the API from a browser (a notebook at http://localhost:8888).</summary>
    public string[] CorsOrigins { get; set; } = [];

    public int MaxPageSize { get; set; } = 100;
    public int MaxHops { get; set; } = 3;
    public int MaxPathHops { get; set; } = 4;

    /// <summary>The most actors a neighbourhood may return (its 'limit' argument, 200 by default, goes up to this).</summary>
    public int MaxNodes { get; set; } = 1000;

    /// <summary>The most edges a neighbourhood may return (its 'edgeLimit' argument, 1000 by default, goes up to this).</summary>
    public int MaxEdges { get; set; } = 10_000;
    public int MaxDepth { get; set; } = 12;

    /// <summary>The most relations one /export answer holds; larger exports are the CLI's (<c>actorgraph export</c>).</summary>
    public int MaxExportRelations { get; set; } = 100_000;
    public int MaxComplexity { get; set; } = 20_000;
    public int RequestTimeoutSeconds { get; set; } = 10;

    /// <summary>
    /// After a change, how long a query waits for the graph that shows it before it is answered from the graph as
    /// it was (applying a document's changes takes a few hundred milliseconds on a million relations, reading the
    /// whole graph again ten seconds or more; queries must not stall meanwhile).
    /// </summary>
    public int FreshWaitMilliseconds { get; set; } = 50;

    /// <summary>
    /// When an actor's questions (the actor, its relations and neighbours, a pair's timeline, the counts) are answered
    /// from the store through its indexes rather than from the whole graph in memory: "start" while the graph is read
    /// at start (seconds on a million relations), "always" (the graph is then read only when a neighbourhood, a path
    /// or a page of every relation first needs it), or "never". Default: "always" on Neo4j (whose whole graph comes over
    /// HTTP), "start" on the embedded store.
    /// </summary>
    public string? AnswerFromStore { get; set; }

    /// <summary><see cref="AnswerFromStore"/> with its default worked out: "start", "always" or "never".</summary>
    public string StoreAnswers => AnswerFromStore is { Length: > 0 } chosen ? chosen.ToLowerInvariant()
        : string.Equals(Store, "neo4j", StringComparison.OrdinalIgnoreCase) ? "always" : "start";

    /// <summary>
    /// GraphQL requests one client (by address) may have running at once; more wait in a queue of
    /// <see cref="QueuedRequestsPerClient"/>, and beyond it are refused with 429, so one client's heavy queries
    /// cannot take every worker from the others.
    /// </summary>
    public int ConcurrentRequestsPerClient { get; set; } = 4;

    public int QueuedRequestsPerClient { get; set; } = 16;

    /// <summary>The largest GraphQL request body accepted (a loadDocument carries a whole document).</summary>
    public long MaxRequestBytes { get; set; } = 16 * 1024 * 1024;
}
