using System.Collections.Concurrent;
using ActorGraph.Core.Graph;
using ActorGraph.Core.Model;
using ActorGraph.Core.Reports;
using ActorGraph.Core.Storage;

namespace ActorGraph.Api.GraphQL;

/// <summary>
/// What a query's actor-centred fields read (an actor, its edges, a pair's timeline, the counts): the whole graph when
/// the server holds it, else a view of the store, read through its indexes (at start, while the graph is read). The
/// fields that need the whole graph (neighbourhoods, paths, pages of every relation) wait for it either way.
/// </summary>
internal abstract class GraphReads
{
    public abstract ValueTask<StoredActor?> FindActorAsync(string nameOrAlias);

    /// <summary>The actor at an end of a relation (a canonical name): a page shows thousands.</summary>
    public abstract ValueTask<StoredActor?> ActorNamedAsync(string name);

    /// <summary>The actors with these canonical names, in their order (an actor's neighbours).</summary>
    public abstract ValueTask<IReadOnlyList<StoredActor>> ActorsNamedAsync(IReadOnlyList<string> names);

    /// <summary>Reads what fields asked for and were told to wait for (<see cref="ActorNamedAsync"/> on a view): once per batch.</summary>
    public virtual Task FlushAsync() => Task.CompletedTask;

    /// <summary>Every edge of <paramref name="actor"/> (a canonical name), in the graph's order.</summary>
    public abstract ValueTask<IReadOnlyList<GraphEdge>> EdgesOfAsync(string actor);

    public abstract ValueTask<IReadOnlyList<StanceObservation>> TimelineAsync(string a, string b);

    /// <summary>The actor's edges <paramref name="filter"/> admits with the actor at the <paramref name="direction"/> end (a symmetric kind at both).</summary>
    public static IEnumerable<GraphEdge> Selected(IReadOnlyList<GraphEdge> edges, string actor, GraphFilter filter, Direction direction) =>
        edges.Where(e => filter.Admits(e) && (direction == Direction.Both || e.Relation.IsSymmetric
            || (direction == Direction.Out ? e.Source == actor : e.Target == actor)));

    /// <summary>The names of the actors the <see cref="Selected"/> edges reach: the first <paramref name="first"/> in <see cref="NameOrder"/>.</summary>
    public virtual async ValueTask<IReadOnlyList<string>> NeighborNamesAsync(string actor, GraphFilter filter, Direction direction, int first) =>
        Reached(await EdgesOfAsync(actor), actor, filter, direction).Order(NameOrder.Instance).Take(first).ToList();

    /// <summary>How many edges <see cref="Selected"/> gives and how many actors they reach.</summary>
    public virtual async ValueTask<(int Relations, int Neighbors)> CountNeighborsAsync(string actor, GraphFilter filter, Direction direction)
    {
        var edges = Selected(await EdgesOfAsync(actor), actor, filter, direction).ToList();
        return (edges.Count, edges.Select(e => e.Other(actor)).Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    /// <summary>The first <paramref name="first"/> of the <see cref="Selected"/> edges, in relation order (<see cref="StoredRelation.Order"/>).</summary>
    public virtual async ValueTask<IReadOnlyList<GraphEdge>> RelationPageAsync(string actor, GraphFilter filter, Direction direction, int first) =>
        Selected(await EdgesOfAsync(actor), actor, filter, direction).Take(first).ToList();

    /// <summary>The <see cref="WrittenSpan"/> of the actor's edges' evidence, read back from the text as the store gives it.</summary>
    public virtual async ValueTask<(PartialDate? Earliest, PartialDate? Latest)> SeenSpanAsync(string actor)
    {
        var span = default(WrittenSpan);
        foreach (var edge in await EdgesOfAsync(actor))
            foreach (var stored in edge.Relation.Evidence)
                span = span.With(stored.Evidence);
        return (PartialDate.Parse(span.Earliest), PartialDate.Parse(span.Latest));
    }

    private static IEnumerable<string> Reached(IReadOnlyList<GraphEdge> edges, string actor, GraphFilter filter, Direction direction) =>
        Selected(edges, actor, filter, direction).Select(e => e.Other(actor)).Distinct(StringComparer.OrdinalIgnoreCase);

    /// <summary>The alliance changes of the pairs <paramref name="actor"/> is part of.</summary>
    public abstract ValueTask<IReadOnlyList<ReportItem>> ChangesOfAsync(string actor);

    public abstract ValueTask<GraphStats> StatsAsync();

    /// <summary>The graph in memory these reads come from; null for a view of the store.</summary>
    public virtual GraphSnapshot? Snapshot => null;
}

/// <summary>Reads from the whole graph in memory: every answer at once.</summary>
internal sealed class SnapshotReads(GraphSnapshot snapshot) : GraphReads
{
    public override GraphSnapshot Snapshot => snapshot;
    public override ValueTask<StoredActor?> FindActorAsync(string nameOrAlias) => new(snapshot.FindActor(nameOrAlias));
    public override ValueTask<StoredActor?> ActorNamedAsync(string name) => new(snapshot.ActorNamed(name));
    public override ValueTask<IReadOnlyList<StoredActor>> ActorsNamedAsync(IReadOnlyList<string> names) => new(names.Select(n => snapshot.ActorNamed(n)!).ToList());
    public override ValueTask<IReadOnlyList<GraphEdge>> EdgesOfAsync(string actor) => new(snapshot.EdgesOf(actor));
    public override ValueTask<IReadOnlyList<StanceObservation>> TimelineAsync(string a, string b) => new(snapshot.Timeline(a, b));
    public override ValueTask<IReadOnlyList<ReportItem>> ChangesOfAsync(string actor) => new(snapshot.ChangesOf(actor));
    public override ValueTask<GraphStats> StatsAsync() => new(snapshot.Derived("stats", GraphStats.Of));
}

/// <summary>
/// Reads from a view of the store (one committed state), each actor and each actor's edges read once per request.
/// Only used where no corrections are in force: the view holds the store as loaded, uncorrected.
/// </summary>
internal sealed class StoreReads(IGraphReadView view, CancellationToken cancellationToken) : GraphReads
{
    private readonly ConcurrentDictionary<string, Task<StoredActor?>> _actors = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, Task<IReadOnlyList<GraphEdge>>> _edges = new(StringComparer.OrdinalIgnoreCase);
    private Task<GraphStats>? _stats;

    public override ValueTask<StoredActor?> FindActorAsync(string nameOrAlias)
    {
        var found = _actors.GetOrAdd(nameOrAlias.Trim(), name => view.FindActorAsync(name, cancellationToken));
        // (A name a field asked for and left waiting for its batch: read the batch now rather than wait for it.)
        return found.IsCompleted ? new(found) : new(FlushedAsync(found));
    }

    /// <summary>
    /// Names asked for by fields of one level (a page's sources and targets) and not read yet: read together, in one
    /// statement, by the first field that waits (<see cref="FlushAsync"/>) rather than one statement a name.
    /// </summary>
    private readonly List<(string Name, TaskCompletionSource<StoredActor?> Actor)> _wanted = [];
    private readonly Lock _sync = new();

    public override ValueTask<StoredActor?> ActorNamedAsync(string name)
    {
        if (!_actors.TryGetValue(name, out var actor))
            lock (_sync)
                if (!_actors.TryGetValue(name, out actor))
                {
                    var wanted = new TaskCompletionSource<StoredActor?>(TaskCreationOptions.RunContinuationsAsynchronously);
                    _actors[name] = actor = wanted.Task;
                    _wanted.Add((name, wanted));
                }
        return actor.IsCompleted ? new(actor) : new(FlushedAsync(actor, UnflushedWait));
    }

    /// <summary>
    /// The actor once a batch holding its name is read. GraphQL.NET asks for a level's pending results after calling
    /// every resolver of the level, and <see cref="Arguments.FromReads{T}"/> flushes then; a caller that awaits the
    /// answer without flushing gets it too, read after <paramref name="wait"/>, in which others may join its batch.
    /// </summary>
    private async Task<StoredActor?> FlushedAsync(Task<StoredActor?> actor, TimeSpan wait = default)
    {
        if (await Task.WhenAny(actor, Task.Delay(wait, cancellationToken)) != actor)
            await FlushAsync();
        return await actor;
    }

    private static readonly TimeSpan UnflushedWait = TimeSpan.FromMilliseconds(20);

    private readonly SemaphoreSlim _flushing = new(1, 1);

    public override async Task FlushAsync()
    {
        await _flushing.WaitAsync(cancellationToken);
        try
        {
            List<(string Name, TaskCompletionSource<StoredActor?> Actor)> batch;
            lock (_sync)
            {
                batch = [.. _wanted];
                _wanted.Clear();
            }
            if (batch.Count == 0)
                return;
            try
            {
                var read = (await view.ActorsNamedAsync(batch.Select(w => w.Name).ToList(), cancellationToken)).ToDictionary(a => a.Name, StringComparer.OrdinalIgnoreCase);
                foreach (var (name, actor) in batch)
                    actor.TrySetResult(read.GetValueOrDefault(name));
            }
            catch (Exception e)
            {
                foreach (var (_, actor) in batch)
                    actor.TrySetException(e);
            }
        }
        finally
        {
            _flushing.Release();
        }
    }

    public override async ValueTask<IReadOnlyList<StoredActor>> ActorsNamedAsync(IReadOnlyList<string> names)
    {
        var pending = names.Select(ActorNamedAsync).Select(a => a.AsTask()).ToList();
        await FlushAsync();
        return (await Task.WhenAll(pending)).Select(a => a!).ToList();
    }

    public override ValueTask<IReadOnlyList<GraphEdge>> EdgesOfAsync(string actor) => new(_edges.GetOrAdd(actor, ReadEdgesAsync));

    public override async ValueTask<IReadOnlyList<string>> NeighborNamesAsync(string actor, GraphFilter filter, Direction direction, int first) =>
        AskStore(actor, filter)
            ? await view.NeighborNamesAsync(actor, filter.Kinds, direction, first, cancellationToken)
            : await base.NeighborNamesAsync(actor, filter, direction, first);

    /// <summary>The counts asked for (an actor, its kinds, a direction): <c>relationCount</c> and <c>neighborCount</c> together read once.</summary>
    private readonly ConcurrentDictionary<(string Actor, string Kinds, Direction Direction), Task<(int Relations, int Neighbors)>> _counts = new();

    public override async ValueTask<(int Relations, int Neighbors)> CountNeighborsAsync(string actor, GraphFilter filter, Direction direction) =>
        AskStore(actor, filter)
            ? await _counts.GetOrAdd((actor.ToLowerInvariant(), KindsKey(filter.Kinds), direction),
                _ => view.CountNeighborsAsync(actor, filter.Kinds, direction, cancellationToken))
            : await base.CountNeighborsAsync(actor, filter, direction);

    private static string KindsKey(IReadOnlySet<RelationKind>? kinds) => kinds is null ? "*" : string.Join(',', kinds.Order());

    /// <summary>
    /// A page of relations the store read with their stored ends; a store written before ends were stored reads them all.
    /// </summary>
    public override async ValueTask<IReadOnlyList<GraphEdge>> RelationPageAsync(string actor, GraphFilter filter, Direction direction, int first)
    {
        if (AskStore(actor, filter))
        {
            var page = await view.RelationPageAsync(actor, filter.Kinds, direction, first, cancellationToken);
            if (page.All(r => r.Validity is not null))
                return page.Select(Edge).ToList();
        }
        // A date, a confidence or an attribution is weighed on each relation's evidence: the store reads longer and longer
        // heads of the actor's relations in order (each four times the last) until one holds a page the filter admits, so
        // a filter most relations pass reads a few hundred of a hub's fifty thousand; past FilteredReadLimit, all of them.
        else if (!filter.FiltersOnlyKinds && !_edges.ContainsKey(actor) && first > 0)
            for (var asked = Math.Max(2 * first, 64); asked <= FilteredReadLimit; asked *= 4)
            {
                var head = await view.RelationPageAsync(actor, filter.Kinds, direction, asked, cancellationToken);
                if (!head.All(r => r.Validity is not null))
                    break;
                var admitted = head.Select(Edge).Where(filter.Admits).Take(first).ToList();
                if (admitted.Count == first || head.Count < asked)
                    return admitted;
            }
        return await base.RelationPageAsync(actor, filter, direction, first);
    }

    /// <summary>How many of an actor's relations a filtered page reads in order before reading them all at once.</summary>
    internal const int FilteredReadLimit = 20_000;

    private static GraphEdge Edge(StoredRelation r) => new(r, r.FirstSeen, r.Validity!.Value.ValidTo);

    private readonly ConcurrentDictionary<string, Task<(PartialDate? Earliest, PartialDate? Latest)>> _seen = new(StringComparer.OrdinalIgnoreCase);

    public override async ValueTask<(PartialDate? Earliest, PartialDate? Latest)> SeenSpanAsync(string actor) =>
        AskStore(actor, GraphFilter.All)
            ? await _seen.GetOrAdd(actor, name => view.SeenSpanAsync(name, cancellationToken))
            : await base.SeenSpanAsync(actor);

    /// <summary>
    /// Without dates, confidence or attribution to weigh, what the store holds of the actor's relations (their ends' names,
    /// counts, a page of them, their dated span) is the store's to read by its indexes: not every relation with its
    /// evidence (unless this request read the actor's edges already).
    /// </summary>
    private bool AskStore(string actor, GraphFilter filter) => filter.FiltersOnlyKinds && !_edges.ContainsKey(actor);

    /// <summary>
    /// The actor's relations as edges, each ending where the store worked out at load; a relation stored before ends
    /// were stored has its end worked out from its pair's relations (all of them the actor's) when first asked, as
    /// the graph in memory does: a hub has tens of thousands of pairs, and most queries never ask.
    /// </summary>
    private async Task<IReadOnlyList<GraphEdge>> ReadEdgesAsync(string actor)
    {
        var relations = await view.RelationsOfAsync(actor, cancellationToken);
        var pairs = new Lazy<Dictionary<(string, string), List<StoredRelation>>>(() => relations.GroupBy(r => Pair(r.Source, r.Target)).ToDictionary(g => g.Key, g => g.ToList()));
        var flips = new ConcurrentDictionary<(string, string), IReadOnlyList<ReportItem>>();
        PartialDate? ValidTo(GraphEdge edge) =>
            EdgeValidity.ValidTo(edge.Relation, flips.GetOrAdd(Pair(edge.Source, edge.Target), pair => EdgeValidity.Flips(pairs.Value[pair])));
        var edges = new List<GraphEdge>(relations.Count);
        foreach (var relation in relations)
            edges.Add(relation.Validity is { } stored ? new GraphEdge(relation, relation.FirstSeen, stored.ValidTo) : new GraphEdge(relation, relation.FirstSeen, ValidTo));
        return edges;
    }

    private static (string, string) Pair(string x, string y) =>
        string.Compare(x, y, StringComparison.OrdinalIgnoreCase) <= 0 ? (x.ToUpperInvariant(), y.ToUpperInvariant()) : (y.ToUpperInvariant(), x.ToUpperInvariant());

    public override async ValueTask<IReadOnlyList<StanceObservation>> TimelineAsync(string a, string b) =>
        StanceModel.Observations((await EdgesOfAsync(a)).Where(e => string.Equals(e.Other(a), b, StringComparison.OrdinalIgnoreCase)).Select(e => e.Relation));

    public override async ValueTask<IReadOnlyList<ReportItem>> ChangesOfAsync(string actor) =>
        AllianceReportBuilder.Items((await EdgesOfAsync(actor)).Select(e => e.Relation));

    public override ValueTask<GraphStats> StatsAsync() => new(_stats ??= CountAsync()); // two fields at once may count twice: the same figures

    private async Task<GraphStats> CountAsync() => GraphStats.Of(await view.SummaryAsync(cancellationToken), view, cancellationToken);

    /// <summary>The texts of evidence these reads gave without them, from the same view.</summary>
    public Task<IReadOnlyDictionary<long, (string Sentence, string Explanation)>> EvidenceTextAsync(IReadOnlyCollection<long> ids, CancellationToken cancellation) =>
        view.EvidenceTextAsync(ids, cancellation);
}
