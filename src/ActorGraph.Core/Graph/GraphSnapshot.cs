using ActorGraph.Core.Model;
using ActorGraph.Core.Reports;
using ActorGraph.Core.Storage;

namespace ActorGraph.Core.Graph;

/// <summary>
/// The whole graph read once from a store, with edge validity from the stance model: what the API's
/// queries (neighbourhoods, paths, timelines, alliance changes) run on. Immutable; replaced after a load.
/// </summary>
public sealed class GraphSnapshot
{
    private readonly Dictionary<string, StoredActor> _actors;
    private readonly Dictionary<string, string> _aliases;
    private readonly Dictionary<string, List<GraphEdge>> _edgesByActor;

    private GraphSnapshot(IReadOnlyList<StoredActor> actors, IReadOnlyList<StoredRelation> relations, IReadOnlyList<StoredDocument> documents)
    {
        Actors = actors;
        Documents = documents;
        Relations = relations;
        _actors = actors.ToDictionary(a => a.Name, StringComparer.OrdinalIgnoreCase);
        _aliases = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var actor in actors)
            foreach (var alias in actor.Aliases.Prepend(actor.Name))
                _aliases.TryAdd(alias, actor.Name);
        // Stance changes are worked out when first asked for: all of them for allianceChanges, one pair's for an
        // edge's end. Building the snapshot reads; it does not compute what no query may ask.
        _changes = new Lazy<IReadOnlyList<ReportItem>>(() => AllianceReportBuilder.Items(StanceModel.Observations(relations), new ReportOptions().QuietDays));
        Edges = relations.Select(r => new GraphEdge(r, r.FirstSeen, ValidTo)).ToList();
        _edgesByActor = new Dictionary<string, List<GraphEdge>>(StringComparer.OrdinalIgnoreCase);
        foreach (var edge in Edges)
        {
            Add(edge.Source, edge);
            if (edge.Target != edge.Source)
                Add(edge.Target, edge);
        }
    }

    public IReadOnlyList<StoredActor> Actors { get; }
    public IReadOnlyList<StoredDocument> Documents { get; }
    public IReadOnlyList<StoredRelation> Relations { get; }
    public IReadOnlyList<GraphEdge> Edges { get; }

    /// <summary>Every flip between cooperative and hostile and every renewed hostility; claims included, comments not.</summary>
    public IReadOnlyList<ReportItem> Changes => _changes.Value;

    private readonly Lazy<IReadOnlyList<ReportItem>> _changes;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string, string), IReadOnlyList<ReportItem>> _flipsByPair = new();

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<object>> _derived = new();

    /// <summary>
    /// A figure worked out over the whole snapshot (counts, date span) once, the first time a query asks, and kept
    /// with it: the snapshot never changes, so neither does the figure.
    /// </summary>
    public T Derived<T>(string name, Func<GraphSnapshot, T> compute) where T : class =>
        (T)_derived.GetOrAdd(name, _ => new Lazy<object>(() => compute(this))).Value;

    /// <summary>Corrections that matched nothing when this snapshot was built (see corrections.yaml).</summary>
    public IReadOnlyList<Corrections.StaleCorrection> StaleCorrections { get; private init; } = [];

    /// <summary>
    /// Reads the graph without evidence text (fetch it per evidence shown, <see cref="IGraphStore.GetEvidenceTextAsync"/>),
    /// with the analysts' <paramref name="corrections"/> applied over it.
    /// </summary>
    /// <param name="withText">True to read every sentence too (a report prints them); the API leaves them on disk.</param>
    public static async Task<GraphSnapshot> LoadAsync(IGraphStore store, CancellationToken cancellationToken = default, IReadOnlyList<Corrections.Correction>? corrections = null, bool withText = false)
    {
        var (actors, relations, documents) = await store.ReadGraphAsync(withText, cancellationToken);
        if (corrections is not { Count: > 0 })
            return new GraphSnapshot(actors, relations, documents);
        var corrected = await Corrections.CorrectionApplier.ApplyAsync(actors, relations, documents, corrections, store.GetEvidenceTextAsync, cancellationToken);
        return new GraphSnapshot(corrected.Actors, corrected.Relations, documents) { StaleCorrections = corrected.Stale };
    }

    /// <summary>The actor with this canonical name or alias, ignoring case; null when unknown.</summary>
    public StoredActor? FindActor(string nameOrAlias) =>
        _aliases.TryGetValue(nameOrAlias.Trim(), out var name) ? _actors[name] : null;

    public IEnumerable<GraphEdge> EdgesOf(string actor, GraphFilter filter) =>
        _edgesByActor.TryGetValue(actor, out var edges) ? edges.Where(filter.Admits) : [];

    /// <summary>
    /// Actors within <paramref name="hops"/> edges of <paramref name="actor"/>, and the edges between them, at most
    /// <paramref name="limit"/> actors. When more are reachable, the most significant are kept, ring by ring (nearer
    /// rings first): an actor's weight is the evidence on its edges to actors already kept (sentences, then the best
    /// confidence), ties by name. <c>Omitted</c> counts the reachable actors left out.
    /// </summary>
    /// <param name="cancellationToken">Checked as each actor is expanded: a request given up stops computing.</param>
    public NeighborhoodResult Neighborhood(string actor, int hops, GraphFilter filter, int limit = int.MaxValue, CancellationToken cancellationToken = default)
    {
        var kept = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { actor };
        var reached = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { actor };
        var frontier = new List<string> { actor };
        for (var hop = 0; hop < hops && frontier.Count > 0; hop++)
        {
            var weights = new Dictionary<string, (int Evidence, double Confidence)>(StringComparer.OrdinalIgnoreCase);
            foreach (var node in frontier)
            {
                cancellationToken.ThrowIfCancellationRequested();
                foreach (var edge in EdgesOf(node, filter))
                {
                    var other = edge.Other(node);
                    reached.Add(other);
                    if (kept.Contains(other))
                        continue;
                    var (evidence, confidence) = weights.GetValueOrDefault(other);
                    weights[other] = (evidence + edge.Relation.Evidence.Count, Math.Max(confidence, edge.Relation.Confidence));
                }
            }
            var room = Math.Max(0, limit - kept.Count);
            frontier = weights.OrderByDescending(w => w.Value.Evidence).ThenByDescending(w => w.Value.Confidence)
                .ThenBy(w => w.Key, StringComparer.OrdinalIgnoreCase).Take(room).Select(w => w.Key).ToList();
            kept.UnionWith(frontier);
        }
        // Edges among the kept actors, the outermost ring's too.
        var edges = kept.SelectMany(n => EdgesOf(n, filter)).Where(e => kept.Contains(e.Source) && kept.Contains(e.Target))
            .DistinctBy(e => e.Id).ToList();
        var nodes = kept.Select(n => _actors[n]).OrderBy(a => !string.Equals(a.Name, actor, StringComparison.OrdinalIgnoreCase)).ThenBy(a => a.Name, StringComparer.OrdinalIgnoreCase).ToList();
        return new NeighborhoodResult(nodes, edges, reached.Count - kept.Count);
    }

    /// <summary>All shortest paths (edges in either direction) of at most <paramref name="maxHops"/> edges, up to <paramref name="limit"/>.</summary>
    public IReadOnlyList<IReadOnlyList<GraphEdge>> ShortestPaths(string from, string to, int maxHops, GraphFilter filter, int limit = 25) =>
        ShortestPaths(from, to, maxHops, filter, limit, out _);

    /// <param name="truncated">True when more shortest paths exist than <paramref name="limit"/>.</param>
    public IReadOnlyList<IReadOnlyList<GraphEdge>> ShortestPaths(string from, string to, int maxHops, GraphFilter filter, int limit, out bool truncated) =>
        ShortestPaths(from, to, maxHops, filter, limit, out truncated, CancellationToken.None);

    /// <param name="cancellationToken">Checked as each actor is expanded: a request given up stops computing.</param>
    public IReadOnlyList<IReadOnlyList<GraphEdge>> ShortestPaths(string from, string to, int maxHops, GraphFilter filter, int limit, out bool truncated, CancellationToken cancellationToken)
    {
        truncated = false;
        if (string.Equals(from, to, StringComparison.OrdinalIgnoreCase))
            return [];
        // Breadth-first layers, remembering every edge that reaches a node at its shortest distance.
        var distance = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase) { [from] = 0 };
        var reachedBy = new Dictionary<string, List<GraphEdge>>(StringComparer.OrdinalIgnoreCase);
        var frontier = new List<string> { from };
        for (var depth = 1; depth <= maxHops && frontier.Count > 0 && !distance.ContainsKey(to); depth++)
        {
            var next = new List<string>();
            foreach (var node in frontier)
            {
                cancellationToken.ThrowIfCancellationRequested();
                foreach (var edge in EdgesOf(node, filter))
                {
                    var other = edge.Other(node);
                    if (!distance.TryGetValue(other, out var known))
                    {
                        distance[other] = depth;
                        next.Add(other);
                        known = depth;
                    }
                    if (known == depth)
                        (reachedBy.TryGetValue(other, out var list) ? list : reachedBy[other] = []).Add(edge);
                }
            }
            frontier = next;
        }
        var paths = new List<IReadOnlyList<GraphEdge>>();
        if (!distance.ContainsKey(to))
            return paths;
        var more = false;
        void Walk(string node, List<GraphEdge> suffix)
        {
            if (paths.Count >= limit)
            {
                more = true;
                return;
            }
            if (string.Equals(node, from, StringComparison.OrdinalIgnoreCase))
            {
                paths.Add(suffix.AsEnumerable().Reverse().ToList());
                return;
            }
            foreach (var edge in reachedBy[node])
            {
                var previous = edge.Other(node);
                if (distance[previous] != distance[node] - 1)
                    continue;
                suffix.Add(edge);
                Walk(previous, suffix);
                suffix.RemoveAt(suffix.Count - 1);
            }
        }
        Walk(_actors.TryGetValue(to, out var target) ? target.Name : to, []);
        truncated = more;
        return paths;
    }

    /// <summary>Every observation between two actors, in time order (undated background first).</summary>
    public IReadOnlyList<StanceObservation> Timeline(string a, string b) =>
        StanceModel.Observations(Relations.Where(r =>
            (string.Equals(r.Source, a, StringComparison.OrdinalIgnoreCase) && string.Equals(r.Target, b, StringComparison.OrdinalIgnoreCase))
            || (string.Equals(r.Source, b, StringComparison.OrdinalIgnoreCase) && string.Equals(r.Target, a, StringComparison.OrdinalIgnoreCase))));

    private PartialDate? ValidTo(GraphEdge edge)
    {
        var relation = edge.Relation;
        var (a, b) = string.CompareOrdinal(relation.Source, relation.Target) <= 0 ? (relation.Source, relation.Target) : (relation.Target, relation.Source);
        var flips = _flipsByPair.GetOrAdd((a, b), pair => EdgeValidity.Flips(PairRelations(pair.Item1, pair.Item2)));
        return EdgeValidity.ValidTo(relation, flips);
    }

    /// <summary>Every relation between two actors, either way, found among the edges of the one with fewer (a hub has thousands).</summary>
    private IEnumerable<StoredRelation> PairRelations(string a, string b)
    {
        var fromA = _edgesByActor.GetValueOrDefault(a) ?? [];
        var fromB = _edgesByActor.GetValueOrDefault(b) ?? [];
        var (near, edges, far) = fromA.Count <= fromB.Count ? (a, fromA, b) : (b, fromB, a);
        return edges.Where(e => string.Equals(e.Other(near), far, StringComparison.OrdinalIgnoreCase)).Select(e => e.Relation);
    }

    private void Add(string actor, GraphEdge edge)
    {
        if (!_edgesByActor.TryGetValue(actor, out var list))
            _edgesByActor[actor] = list = [];
        list.Add(edge);
    }
}

/// <summary>A neighbourhood: its actors (the centre first), the edges among them, and how many reachable actors a limit left out.</summary>
public sealed record NeighborhoodResult(IReadOnlyList<StoredActor> Nodes, IReadOnlyList<GraphEdge> Edges, int Omitted);
