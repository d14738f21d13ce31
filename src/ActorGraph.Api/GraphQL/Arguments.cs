using System.Collections.Concurrent;
using ActorGraph.Core.Graph;
using ActorGraph.Core.Model;
using ActorGraph.Core.Storage;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.Options;

namespace ActorGraph.Api.GraphQL;

/// <summary>Reads and checks the arguments fields share; a bad one is a GraphQL error that says what to fix.</summary>
internal static class Arguments
{
    public static QueryArgument[] Filters() =>
    [
        new QueryArgument<ListGraphType<NonNullGraphType<RelationKindEnum>>> { Name = "kinds", Description = "Only these kinds." },
        new QueryArgument<StringGraphType> { Name = "asOf", Description = "The graph as of this date (YYYY-MM-DD, YYYY-MM or YYYY): relations that hold then." },
        new QueryArgument<StringGraphType> { Name = "from", Description = "Only relations with evidence dated on or after this date." },
        new QueryArgument<StringGraphType> { Name = "to", Description = "Only relations with evidence dated on or before this date." },
        new QueryArgument<FloatGraphType> { Name = "minConfidence", Description = "Only relations whose best evidence is at least this sure (0 to 1)." },
        new QueryArgument<AttributionEnum> { Name = "attribution", Description = "Only relations with evidence of this attribution." },
    ];

    public static QueryArgument[] Page(string what) =>
    [
        new QueryArgument<IntGraphType> { Name = "first", Description = $"How many {what} (1 to 100, default 20)." },
        new QueryArgument<StringGraphType> { Name = "after", Description = "Continue after this cursor (pageInfo.endCursor)." },
    ];

    /// <summary>A bounded window of a list: <c>first</c> (<paramref name="fallback"/> unless given, at most <paramref name="max"/>) from <c>offset</c> on.</summary>
    public static QueryArgument[] Window(string what, int fallback, int max) =>
    [
        new QueryArgument<IntGraphType> { Name = "first", Description = $"How many {what} (default {fallback}, at most {max})." },
        new QueryArgument<IntGraphType> { Name = "offset", Description = $"How many matching {what} to skip (default 0)." },
    ];

    /// <summary>The window of <paramref name="items"/> the arguments of <see cref="Window(string, int, int)"/> ask for.</summary>
    public static List<T> InWindow<T>(IResolveFieldContext context, IEnumerable<T> items, int fallback, int max)
    {
        var first = Bounded(context, "first", fallback, 0, max);
        var offset = Bounded(context, "offset", 0, 0, int.MaxValue);
        return items.Skip(offset).Take(first).ToList();
    }

    public static GraphState State(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<GraphState>();

    public static ActorGraphOptions Options(IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<IOptions<ActorGraphOptions>>().Value;

    /// <summary>
    /// The snapshot this request reads: fetched once per request, so every field of one answer sees the same
    /// state of the graph even if a load commits while the request runs.
    /// </summary>
    public static Task<GraphSnapshot> SnapshotAsync(IResolveFieldContext context) =>
        PerRequest(context, SnapshotKey, () => State(context).SnapshotAsync(context.CancellationToken));

    private const string SnapshotKey = "ActorGraph.Snapshot";

    /// <summary>
    /// What this request's actor-centred fields read (<see cref="GraphReads"/>): a view of the store when the request
    /// comes before any graph is held, disposed when the request ends; else the request's snapshot.
    /// </summary>
    public static Task<GraphReads> ReadsAsync(IResolveFieldContext context) =>
        PerRequest(context, "ActorGraph.Reads", async () =>
        {
            // A request that read the whole graph already (a page, a neighbourhood) reads its actors from that graph too.
            if (context.UserContext.TryGetValue(SnapshotKey, out var held) && held is Task<GraphSnapshot> { IsCompletedSuccessfully: true } snapshot)
                return new SnapshotReads(snapshot.Result);
            if (await State(context).StoreViewAsync(context.CancellationToken) is { } view)
            {
                DisposeWithRequest(context, view);
                return (GraphReads)new StoreReads(view, context.CancellationToken);
            }
            return new SnapshotReads(await SnapshotAsync(context));
        });

    /// <summary>The key under which a request keeps what it disposes when it ends (the endpoint disposes them).</summary>
    public const string Disposables = "ActorGraph.Disposables";

    private static void DisposeWithRequest(IResolveFieldContext context, IAsyncDisposable disposable) =>
        PerRequest(context, Disposables, () => new ConcurrentBag<IAsyncDisposable>()).Add(disposable);

    /// <summary>
    /// What <paramref name="read"/> gives from this request's reads: at once when they and the answer are there (a
    /// page has hundreds of fields, and an awaited resolver costs each a task and a state machine), else when they are.
    /// </summary>
    public static object? FromReads<T>(IResolveFieldContext context, Func<GraphReads, ValueTask<T>> read)
    {
        var reads = ReadsAsync(context);
        if (reads.IsCompletedSuccessfully)
        {
            var answer = read(reads.Result);
            if (answer.IsCompletedSuccessfully)
                return answer.Result;
            var pending = answer.AsTask();
            // (Read once GraphQL.NET asks for the level's pending results: the names every field of it wanted, together.)
            return new PendingResult<T>(async cancellationToken =>
            {
                await reads.Result.FlushAsync().WaitAsync(cancellationToken);
                return await pending.WaitAsync(cancellationToken);
            });
        }
        return new PendingResult<T>(async cancellationToken => await read(await reads.WaitAsync(cancellationToken)));
    }

    /// <summary>What one request computes once under <paramref name="key"/> (a failed or cancelled task is computed again).</summary>
    public static Task<T> PerRequest<T>(IResolveFieldContext context, string key, Func<Task<T>> compute) =>
        PerRequest(context, key, compute, task => task is { IsFaulted: false, IsCanceled: false });

    /// <summary>What one request makes once under <paramref name="key"/> and shares among its fields, made again when not <paramref name="usable"/>.</summary>
    public static T PerRequest<T>(IResolveFieldContext context, string key, Func<T> make, Func<T, bool>? usable = null) where T : class
    {
        var shared = context.UserContext;
        // Read without a lock when the context is concurrent (the endpoint makes it so): every field of an answer
        // asks, hundreds per page, and the lock was contended while fields ran in parallel.
        if (shared is ConcurrentDictionary<string, object?> && shared.TryGetValue(key, out var known) && known is T found && (usable is null || usable(found)))
            return found;
        lock (shared)
        {
            if (shared.TryGetValue(key, out var stored) && stored is T again && (usable is null || usable(again)))
                return again;
            var made = make();
            shared[key] = made;
            return made;
        }
    }

    /// <param name="dateRange">False where "from" and "to" name actors rather than dates (paths).</param>
    public static GraphFilter Filter(IResolveFieldContext context, RelationKind? kind = null, bool dateRange = true)
    {
        var kinds = context.GetArgument<List<RelationKind>?>("kinds");
        if (kind is { } single)
            kinds = [single];
        var min = context.GetArgument<double?>("minConfidence");
        if (min is < 0 or > 1)
            throw new ExecutionError($"minConfidence must be from 0 to 1, not {min}");
        return new GraphFilter(
            kinds is { Count: > 0 } ? kinds.ToHashSet() : null,
            Day(context, "asOf", end: true),
            dateRange ? Day(context, "from", end: false) : null,
            dateRange ? Day(context, "to", end: true) : null,
            min, context.GetArgument<Attribution?>("attribution"));
    }

    /// <summary>A date argument as a day: the first day of its period for a start, the last for an end or asOf.</summary>
    public static DateOnly? Day(IResolveFieldContext context, string name, bool end)
    {
        if (context.GetArgument<string?>(name) is not { Length: > 0 } text)
            return null;
        if (!PartialDate.TryParse(text, out var date))
            throw new ExecutionError(PartialDate.IsWrittenLikeADate(text)
                ? $"{name} '{text}' is not a date in the calendar"
                : $"{name} must be a date written YYYY-MM-DD, YYYY-MM or YYYY, not '{text}'");
        return end ? date.LastDay : date.Value;
    }

    public static StoredActor Actor(GraphSnapshot snapshot, string name, string argument) => snapshot.FindActor(name) ?? throw NoActor(name, argument);

    public static async Task<StoredActor> ActorAsync(GraphReads reads, string name, string argument) => await reads.FindActorAsync(name) ?? throw NoActor(name, argument);

    private static ExecutionError NoActor(string name, string argument) =>
        new($"{argument}: no actor named or aliased '{name}'; search with actors(search: \"{(name.Length > 20 ? name[..20] : name)}\")");

    /// <summary>An integer argument from <paramref name="min"/> to <paramref name="max"/>, <paramref name="fallback"/> when absent.</summary>
    public static int Bounded(IResolveFieldContext context, string name, int fallback, int min, int max)
    {
        var value = context.GetArgument<int?>(name) ?? fallback;
        if (value < min || value > max)
            throw new ExecutionError($"{name} must be from {min} to {max}, not {value}");
        return value;
    }

    public static int Hops(IResolveFieldContext context, string name, int fallback, int max) => Bounded(context, name, fallback, 1, max);
}
