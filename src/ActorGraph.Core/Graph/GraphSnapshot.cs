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
        _changes = new Lazy<IReadOnlyList<ReportItem>>(AllChanges);
        EvidenceCount = relations.Sum(r => r.Evidence.Count);
        Edges = relations.Select(r => new GraphEdge(r, r.FirstSeen, ValidTo)).ToList();
        _edgesById = new Lazy<IReadOnlyList<GraphEdge>>(SortedById);
        _edgesByActor = new Dictionary<string, List<GraphEdge>>(StringComparer.OrdinalIgnoreCase);
        foreach (var edge in Edges)
        {
            Add(edge.Source, edge);
            if (edge.Target != edge.Source)
                Add(edge.Target, edge);
        }
    }

    /// <summary>
    /// The snapshot <paramref name="previous"/> with a few relations and actors changed: what no change touched is
    /// carried over (dictionaries copied, lists of untouched actors shared, edges of untouched pairs moved here), so
    /// the cost follows the change, not the graph.
    /// </summary>
    private GraphSnapshot(GraphSnapshot previous, IReadOnlyList<StoredActor> actors, IReadOnlyList<StoredRelation> relations, IReadOnlyList<StoredDocument> documents,
        IReadOnlyCollection<StoredActor> removedActors, IReadOnlyCollection<StoredActor> addedActors,
        IReadOnlySet<(string Source, string Target, RelationKind Kind)> touchedRelations, IReadOnlyList<StoredRelation> changedRelations)
    {
        Actors = actors;
        Documents = documents;
        Relations = relations;
        _actors = new Dictionary<string, StoredActor>(previous._actors, StringComparer.OrdinalIgnoreCase);
        _aliases = new Dictionary<string, string>(previous._aliases, StringComparer.OrdinalIgnoreCase);
        foreach (var actor in removedActors)
        {
            _actors.Remove(actor.Name);
            foreach (var alias in actor.Aliases.Prepend(actor.Name))
                if (_aliases.TryGetValue(alias, out var owner) && string.Equals(owner, actor.Name, StringComparison.OrdinalIgnoreCase))
                    _aliases.Remove(alias);
        }
        foreach (var actor in addedActors)
        {
            _actors[actor.Name] = actor;
            foreach (var alias in actor.Aliases.Prepend(actor.Name))
                _aliases.TryAdd(alias, actor.Name);
        }
        _changes = new Lazy<IReadOnlyList<ReportItem>>(AllChanges);

        // Every edge of a touched pair is made anew (its end may move); the rest are the same edges, moved here.
        // A touched pair's relations now: its untouched ones as they were, and the touched ones as they are.
        var touchedPairs = touchedRelations.Select(k => Pair(k.Source, k.Target)).ToHashSet();
        var dropped = new HashSet<GraphEdge>(ReferenceEqualityComparer.Instance);
        foreach (var (a, b) in touchedPairs)
            dropped.UnionWith(previous.PairEdges(a, b));
        var fresh = dropped.Select(e => e.Relation).Where(r => !touchedRelations.Contains((r.Source, r.Target, r.Kind))).Concat(changedRelations)
            .Select(r => new GraphEdge(r, r.FirstSeen, ValidTo)).ToList();
        Func<GraphEdge, PartialDate?> validTo = ValidTo;
        var edges = new List<GraphEdge>(previous.Edges.Count + fresh.Count);
        foreach (var edge in previous.Edges)
            if (!dropped.Contains(edge))
            {
                edge.MoveTo(validTo);
                edges.Add(edge);
            }
        edges.AddRange(fresh);
        Edges = edges;
        _edgesByActor = new Dictionary<string, List<GraphEdge>>(previous._edgesByActor, StringComparer.OrdinalIgnoreCase);
        foreach (var name in touchedPairs.SelectMany(p => new[] { p.Item1, p.Item2 }).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var list = (previous._edgesByActor.GetValueOrDefault(name) ?? []).Where(e => !dropped.Contains(e)).ToList();
            list.AddRange(fresh.Where(e => string.Equals(e.Source, name, StringComparison.OrdinalIgnoreCase) || string.Equals(e.Target, name, StringComparison.OrdinalIgnoreCase)));
            if (list.Count > 0)
                _edgesByActor[name] = list;
            else
                _edgesByActor.Remove(name);
        }
        if (previous._edgesById is { IsValueCreated: true } sorted)
        {
            var byId = sorted.Value.Where(e => !dropped.Contains(e)).ToList();
            foreach (var edge in fresh)
            {
                var at = byId.BinarySearch(edge, EdgeIdOrder);
                byId.Insert(at < 0 ? ~at : at, edge);
            }
            _edgesById = new Lazy<IReadOnlyList<GraphEdge>>(byId);
        }
        else
        {
            _edgesById = new Lazy<IReadOnlyList<GraphEdge>>(SortedById);
        }
    }

    private IReadOnlyList<ReportItem> AllChanges() => AllianceReportBuilder.Items(StanceModel.Observations(Relations), new ReportOptions().QuietDays);

    private IReadOnlyList<GraphEdge> SortedById() => Edges.OrderBy(e => e.Id, StringComparer.Ordinal).ToList();

    private static (string, string) Pair(string x, string y) => string.CompareOrdinal(x, y) <= 0 ? (x, y) : (y, x);

    private static readonly Comparer<GraphEdge> EdgeIdOrder = Comparer<GraphEdge>.Create((x, y) => string.CompareOrdinal(x.Id, y.Id));

    /// <summary>Every edge in relation-id order (the order relation pages are read in), sorted once per graph.</summary>
    public IReadOnlyList<GraphEdge> EdgesById => _edgesById.Value;

    private readonly Lazy<IReadOnlyList<GraphEdge>> _edgesById;

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
        var graph = await store.ReadGraphAsync(withText, cancellationToken);
        var (actors, relations, documents) = graph;
        if (corrections is not { Count: > 0 })
            return new GraphSnapshot(actors, relations, documents) { ChangeMark = graph.ChangeMark };
        var corrected = await Corrections.CorrectionApplier.ApplyAsync(actors, relations, documents, corrections, store.GetEvidenceTextAsync, cancellationToken);
        return new GraphSnapshot(corrected.Actors, corrected.Relations, documents) { StaleCorrections = corrected.Stale };
    }

    /// <summary>
    /// The store's change mark this snapshot includes, when it holds the store exactly (no corrections applied):
    /// <see cref="WithChanges"/> can then bring it up to date; -1 otherwise.
    /// </summary>
    public long ChangeMark { get; private init; } = -1;

    /// <summary>
    /// This snapshot with the <paramref name="changes"/> of a few documents applied: the relations and actors they
    /// touched replaced by their state now (or dropped when gone), the documents as they are. Null when the result
    /// would not match the store's counts (a write this snapshot cannot follow): read it whole instead.
    /// </summary>
    public GraphSnapshot? WithChanges(StoredGraphChanges changes)
    {
        if (ChangeMark < 0)
            return null;
        if (changes.ChangeMark == ChangeMark)
            return Matches(changes.Counts, Actors, Relations, Documents, EvidenceCount) ? this : null; // nothing logged; nothing else either?
        // The touched relations are found by their place in the order, not by looking at a million others.
        var relations = new List<StoredRelation>(Relations.Count + changes.Relations.Count);
        relations.AddRange(Relations);
        var evidence = EvidenceCount;
        foreach (var (source, target, kind) in changes.TouchedRelations)
        {
            var at = relations.BinarySearch(new StoredRelation(source, target, kind, []), RelationOrder);
            if (at >= 0)
            {
                evidence -= relations[at].Evidence.Count;
                relations.RemoveAt(at);
            }
        }
        evidence += changes.Relations.Sum(r => r.Evidence.Count);
        foreach (var relation in changes.Relations)
        {
            var at = relations.BinarySearch(relation, RelationOrder);
            relations.Insert(at < 0 ? ~at : at, relation);
        }
        var actors = new List<StoredActor>(Actors.Count + changes.Actors.Count);
        var removed = new List<StoredActor>();
        foreach (var actor in Actors)
            if (!changes.TouchedActors.Contains(actor.Name))
                actors.Add(actor);
            else
                removed.Add(actor);
        foreach (var actor in changes.Actors)
        {
            var at = actors.BinarySearch(actor, ActorOrder);
            actors.Insert(at < 0 ? ~at : at, actor);
        }
        var documents = Documents.Where(d => !changes.DocumentKeys.Contains(d.Key)).ToList();
        foreach (var document in changes.Documents)
        {
            var at = documents.BinarySearch(document, DocumentOrder);
            documents.Insert(at < 0 ? ~at : at, document);
        }
        if (!Matches(changes.Counts, actors, relations, documents, evidence))
            return null;
        return new GraphSnapshot(this, actors, relations, documents, removed, changes.Actors, changes.TouchedRelations, changes.Relations)
            { ChangeMark = changes.ChangeMark, EvidenceCount = evidence };
    }

    private static bool Matches(GraphCounts counts, IReadOnlyCollection<StoredActor> actors, IReadOnlyList<StoredRelation> relations, IReadOnlyCollection<StoredDocument> documents, int evidence) =>
        relations.Count == counts.Relations && actors.Count == counts.Actors && documents.Count == counts.Documents && evidence == counts.Evidence;

    /// <summary>Evidence sentences on all relations (rejected ones not counted).</summary>
    public int EvidenceCount { get; private init; }

    /// <summary>The order the store reads relations in: source, target (names, case ignored), then kind.</summary>
    private static readonly Comparer<StoredRelation> RelationOrder = Comparer<StoredRelation>.Create((x, y) =>
        StringComparer.OrdinalIgnoreCase.Compare(x.Source, y.Source) is var bySource and not 0 ? bySource
        : StringComparer.OrdinalIgnoreCase.Compare(x.Target, y.Target) is var byTarget and not 0 ? byTarget
        : string.CompareOrdinal(ModelNames.Of(x.Kind), ModelNames.Of(y.Kind)));

    /// <summary>The order the store reads documents in: publication day (undated first), then key.</summary>
    private static readonly Comparer<StoredDocument> DocumentOrder = Comparer<StoredDocument>.Create((x, y) =>
        Nullable.Compare(x.Published, y.Published) is var byDay and not 0 ? byDay : string.CompareOrdinal(x.Key, y.Key));

    private static readonly Comparer<StoredActor> ActorOrder = Comparer<StoredActor>.Create((x, y) => StringComparer.OrdinalIgnoreCase.Compare(x.Name, y.Name));

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
    private IEnumerable<StoredRelation> PairRelations(string a, string b) => PairEdges(a, b).Select(e => e.Relation);

    private IEnumerable<GraphEdge> PairEdges(string a, string b)
    {
        var fromA = _edgesByActor.GetValueOrDefault(a) ?? [];
        var fromB = _edgesByActor.GetValueOrDefault(b) ?? [];
        var (near, edges, far) = fromA.Count <= fromB.Count ? (a, fromA, b) : (b, fromB, a);
        return edges.Where(e => string.Equals(e.Other(near), far, StringComparison.OrdinalIgnoreCase));
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
