using System.Runtime.InteropServices;
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
        Func<GraphEdge, PartialDate?> validTo = ValidTo; // one delegate for all edges, not one each
        var edges = new GraphEdge[relations.Count];
        // A million edges are made on every core (each part its own range); a few thousand on this thread.
        var parts = relations.Count >= 100_000 ? Environment.ProcessorCount : 1;
        Parallel.For(0, parts, part =>
        {
            for (var i = (int)((long)relations.Count * part / parts); i < (long)relations.Count * (part + 1) / parts; i++)
                edges[i] = new GraphEdge(relations[i], relations[i].FirstSeen, validTo);
        });
        Edges = edges;
        _edgesById = new Lazy<IReadOnlyList<GraphEdge>>(SortedById);
        _edgesByActor = EdgesByActor(edges, parts);
        _actorIds = new Lazy<Dictionary<string, int>>(NumberActors);
    }

    /// <summary>
    /// Each actor's edges, in the order of <paramref name="edges"/>. Cut into <paramref name="parts"/> by a hash of
    /// the name (case ignored), each part built on its own core. Within a part each end's list is found by its string
    /// instance (a store's relations share their names' strings: a pointer hash, not a text hash, for two million ends);
    /// a name met in a new instance joins the list of its name.
    /// </summary>
    private Dictionary<string, List<GraphEdge>> EdgesByActor(IReadOnlyList<GraphEdge> edges, int parts)
    {
        var built = new Dictionary<string, List<GraphEdge>>[parts];
        Parallel.For(0, parts, part =>
        {
            var named = new Dictionary<string, List<GraphEdge>>(_actors.Count / parts + 1, StringComparer.OrdinalIgnoreCase);
            var byInstance = new Dictionary<string, List<GraphEdge>?>(_actors.Count / parts + 1, ReferenceEqualityComparer.Instance);
            List<GraphEdge>? ListOf(string actor) // null when the actor is another part's
            {
                ref var list = ref CollectionsMarshal.GetValueRefOrAddDefault(byInstance, actor, out var known);
                if (!known && (uint)StringComparer.OrdinalIgnoreCase.GetHashCode(actor) % parts == part)
                {
                    ref var ofName = ref CollectionsMarshal.GetValueRefOrAddDefault(named, actor, out var exists);
                    if (!exists)
                        ofName = new List<GraphEdge>(_actors.TryGetValue(actor, out var stored) ? stored.Relations : 4); // sized once when the store counted them
                    list = ofName;
                }
                return list;
            }
            foreach (var edge in edges)
            {
                ListOf(edge.Source)?.Add(edge);
                if (edge.Target != edge.Source)
                    ListOf(edge.Target)?.Add(edge);
            }
            built[part] = named;
        });
        if (parts == 1)
            return built[0];
        var all = new Dictionary<string, List<GraphEdge>>(built.Sum(b => b.Count), StringComparer.OrdinalIgnoreCase);
        foreach (var part in built)
            foreach (var (actor, list) in part)
                all.Add(actor, list);
        return all;
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
            dropped.UnionWith(previous.ScannedPairEdges(a, b)); // read once here: no hub index built on a graph let go
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
            foreach (var edge in fresh.Where(e => string.Equals(e.Source, name, StringComparison.OrdinalIgnoreCase)
                         || string.Equals(e.Target, name, StringComparison.OrdinalIgnoreCase)))
            {
                var at = list.BinarySearch(edge, EdgeOrder); // an actor's edges stay in relation order: a page of them is the store's page
                list.Insert(at < 0 ? ~at : at, edge);
            }
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
        _actorIds = new Lazy<Dictionary<string, int>>(NumberActors);
    }

    /// <summary>
    /// The changes of the pairs <paramref name="actor"/> (a canonical name) is part of, in the order of <see cref="Changes"/>:
    /// worked out from its own edges unless the whole graph's are known already (thousands of times less work on a
    /// large graph).
    /// </summary>
    public IReadOnlyList<ReportItem> ChangesOf(string actor) => _changes.IsValueCreated
        ? Changes.Where(c => c.A == actor || c.B == actor).ToList()
        : AllianceReportBuilder.Items(EdgesOf(actor).Select(e => e.Relation));

    private IReadOnlyList<ReportItem> AllChanges() => AllianceReportBuilder.Items(Relations);

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

    /// <summary>A snapshot of a graph read by other means (a test's, a file's), no change mark kept.</summary>
    public static GraphSnapshot Of(StoredGraph graph) => new(graph.Actors, graph.Relations, graph.Documents);

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
            var at = relations.BinarySearch(new StoredRelation(source, target, kind, []), StoredRelation.Order);
            if (at >= 0)
            {
                evidence -= relations[at].Evidence.Count;
                relations.RemoveAt(at);
            }
        }
        evidence += changes.Relations.Sum(r => r.Evidence.Count);
        foreach (var relation in changes.Relations)
        {
            var at = relations.BinarySearch(relation, StoredRelation.Order);
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

    /// <summary>The order the store reads documents in: publication day (undated first), then key.</summary>
    private static readonly Comparer<StoredDocument> DocumentOrder = Comparer<StoredDocument>.Create((x, y) =>
        Nullable.Compare(x.Published, y.Published) is var byDay and not 0 ? byDay : string.CompareOrdinal(x.Key, y.Key));

    private static readonly Comparer<GraphEdge> EdgeOrder = Comparer<GraphEdge>.Create((x, y) => StoredRelation.Order.Compare(x.Relation, y.Relation));

    /// <summary>The order the store reads actors in: by name (<see cref="NameOrder"/>).</summary>
    private static readonly Comparer<StoredActor> ActorOrder = Comparer<StoredActor>.Create((x, y) => NameOrder.Instance.Compare(x.Name, y.Name));

    /// <summary>The actor with this canonical name or alias, ignoring case; null when unknown.</summary>
    public StoredActor? FindActor(string nameOrAlias) =>
        _aliases.TryGetValue(nameOrAlias.Trim(), out var name) ? _actors[name] : null;

    /// <summary>The actor at an end of a relation: its canonical name found in one lookup (a page shows thousands).</summary>
    public StoredActor? ActorNamed(string name) => _actors.TryGetValue(name, out var actor) ? actor : FindActor(name);

    /// <summary>Every edge of <paramref name="actor"/> (a canonical name, any case), in the graph's order.</summary>
    public IReadOnlyList<GraphEdge> EdgesOf(string actor) => _edgesByActor.TryGetValue(actor, out var edges) ? edges : [];

    public IEnumerable<GraphEdge> EdgesOf(string actor, GraphFilter filter) => EdgesOf(actor).Where(filter.Admits);

    /// <summary>
    /// Actors within <paramref name="hops"/> edges of <paramref name="actor"/>, and the edges between them: at most
    /// <paramref name="limit"/> actors and <paramref name="edgeLimit"/> edges. When more actors are reachable, the most
    /// significant are kept, ring by ring (nearer rings first): an actor's weight is the evidence on its edges to the
    /// actors kept (sentences, then the best confidence), ties by name. Each kept actor's edges are read best-attested
    /// first; once a ring has read <see cref="ReachReadBudget"/> edges, each actor offers only as many new actors as
    /// there is room for, and stops reading when it has (a hub's weaker edges are not read). When more edges join the
    /// kept actors, each actor's strongest edge to the ring before it is kept (the drawing stays connected), then the
    /// best-attested others. <c>Omitted</c> counts the reachable actors left out: a lower bound (<c>OmittedExact</c>
    /// false) when edges went unread.
    /// </summary>
    /// <param name="cancellationToken">Checked as each actor is expanded: a request given up stops computing.</param>
    public NeighborhoodResult Neighborhood(string actor, int hops, GraphFilter filter, int limit = int.MaxValue, CancellationToken cancellationToken = default, int edgeLimit = int.MaxValue)
    {
        // One mark for every actor met, by number: kept, reached, or a candidate of this ring (its place in the list),
        // so each edge read costs two array reads, no name hashed.
        const int Kept = -1, Reached = -2;
        // The marks and the candidate list are the thread's own, reused: a neighbourhood near hubs meets thousands of
        // actors, and a new table per query at hundreds of queries a second fed the collector more than the search did.
        var ids = ActorIds;
        var met = t_ringMarks ?? new ActorMarks();
        t_ringMarks = null;
        met.Begin(ids.Count);
        var metCount = 1;
        if (ids.TryGetValue(actor, out var centre))
            met.Mark(centre, out _) = Kept;
        var everything = filter.AdmitsEverything;
        var candidates = t_candidates ?? [];
        t_candidates = null;
        var kept = new List<string> { actor };
        var links = new List<GraphEdge>(); // each kept actor's strongest edge to the ring before it
        var exact = true;
        var frontier = new List<string> { actor };
        for (var hop = 0; hop < hops && frontier.Count > 0; hop++)
        {
            var room = Math.Max(0, limit - kept.Count);
            candidates.Clear();
            var read = 0;
            foreach (var node in frontier)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var offered = 0;
                var (edges, others, evidence, confidence) = StrongestAdjacencyOf(node);
                for (var i = 0; i < edges.Length; i++)
                {
                    if (offered >= room && read >= ReachReadBudget)
                    {
                        exact = false; // the rest of this actor's edges are weaker and unread: more may be reachable
                        break;
                    }
                    read++;
                    if (!everything && !filter.Admits(edges[i]))
                        continue;
                    ref var state = ref met.Mark(others[i], out var known);
                    if (!known)
                    {
                        state = Reached;
                        metCount++;
                    }
                    if (state >= 0)
                    {
                        ref var candidate = ref System.Runtime.InteropServices.CollectionsMarshal.AsSpan(candidates)[state];
                        candidate.Evidence += evidence[i];
                        candidate.Confidence = Math.Max(candidate.Confidence, confidence[i]);
                    }
                    else if (state == Reached && (offered < room || read <= ReachReadBudget))
                    {
                        state = candidates.Count;
                        candidates.Add(new Candidate(edges[i].Other(node), others[i], evidence[i], confidence[i], edges[i]));
                        offered++;
                    }
                }
            }
            var chosen = Best(candidates, c => Weight(c.Evidence, c.Confidence), CandidateOrder, room);
            foreach (var candidate in candidates)
                met.Mark(candidate.Id, out _) = Reached;
            foreach (var candidate in chosen)
                met.Mark(candidate.Id, out _) = Kept;
            frontier = chosen.Select(c => c.Name).ToList();
            kept.AddRange(frontier);
            links.AddRange(chosen.Select(c => c.Link));
        }
        var nodes = kept.Select(n => _actors[n]).OrderBy(a => !string.Equals(a.Name, actor, StringComparison.OrdinalIgnoreCase)).ThenBy(a => a.Name, StringComparer.OrdinalIgnoreCase).ToList();
        // The edges are found when first asked for: a caller wanting the actors alone does not pay for them.
        var keptSet = kept.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var omitted = metCount - kept.Count;
        t_ringMarks = met;
        candidates.Clear();
        t_candidates = candidates;
        return new NeighborhoodResult(nodes, omitted, exact, () =>
        {
            var among = EdgesAmong(keptSet, filter, cancellationToken);
            if (among.Count <= edgeLimit)
                return (among.ConvertAll(e => e.Edge), 0);
            // The best of all edges, links dropped, are the best of the others: only the thousand kept are compared
            // with the links, not the twenty thousand found.
            var linked = new HashSet<GraphEdge>(links, ReferenceEqualityComparer.Instance);
            var weights = new double[among.Count];
            for (var i = 0; i < weights.Length; i++)
                weights[i] = among[i].Weight;
            var best = Best(among, weights, HeavierFirst, edgeLimit);
            List<GraphEdge> edges = [.. links.Take(edgeLimit), .. best.Select(e => e.Edge).Where(e => !linked.Contains(e)).Take(Math.Max(0, edgeLimit - links.Count))];
            return (edges, among.Count - edges.Count);
        });
    }

    /// <summary>An actor a ring may keep: the evidence on its edges to the actors kept, its best confidence, its strongest edge.</summary>
    private record struct Candidate(string Name, int Id, int Evidence, double Confidence, GraphEdge Link);

    private static readonly Comparer<Candidate> CandidateOrder = Comparer<Candidate>.Create((x, y) =>
        y.Evidence.CompareTo(x.Evidence) is var byEvidence and not 0 ? byEvidence
        : y.Confidence.CompareTo(x.Confidence) is var byConfidence and not 0 ? byConfidence
        : StringComparer.OrdinalIgnoreCase.Compare(x.Name, y.Name));

    /// <summary>Evidence first, then confidence (at most 1), as one number: larger is better.</summary>
    private static double Weight(int evidence, double confidence) => evidence + Math.Clamp(confidence, 0, 1) / 2;

    /// <summary>
    /// The first <paramref name="count"/> of <paramref name="items"/> in <paramref name="order"/> (whose leading keys
    /// <paramref name="weight"/> folds into a number): the numbers pick the cut, the full order sorts only the few kept
    /// and ties at the cut, so thousands of candidates are never sorted by name.
    /// </summary>
    private static List<T> Best<T>(List<T> items, Func<T, double> weight, IComparer<T> order, int count)
    {
        if (items.Count <= count)
        {
            items.Sort(order);
            return items;
        }
        var weights = new double[items.Count];
        for (var i = 0; i < weights.Length; i++)
            weights[i] = weight(items[i]);
        return Best(items, weights, order, count);
    }

    /// <summary>The same, each item's number given (<paramref name="weights"/>, in the order of the items).</summary>
    private static List<T> Best<T>(List<T> items, ReadOnlySpan<double> weights, IComparer<T> order, int count)
    {
        if (count == 0)
            return [];
        var cut = LargestAt(weights.ToArray(), count);
        var kept = new List<T>(count);
        var tied = new List<T>();
        for (var i = 0; i < items.Count; i++)
            if (weights[i] > cut)
                kept.Add(items[i]);
            else if (weights[i] == cut)
                tied.Add(items[i]);
        kept.Sort(order);
        kept.AddRange(First(tied, count - kept.Count, order));
        return kept;
    }

    /// <summary>
    /// The first <paramref name="count"/> of <paramref name="items"/> in <paramref name="order"/>, in that order: thousands
    /// tied at a cut (the same evidence and confidence) pass a heap of the few kept rather than being sorted by name.
    /// </summary>
    private static List<T> First<T>(List<T> items, int count, IComparer<T> order)
    {
        if (items.Count <= 2 * count)
        {
            items.Sort(order);
            return items.Count > count ? items.GetRange(0, count) : items;
        }
        var worstFirst = new PriorityQueue<T, T>(count, Comparer<T>.Create((x, y) => order.Compare(y, x)));
        foreach (var item in items)
            if (worstFirst.Count < count)
                worstFirst.Enqueue(item, item);
            else if (count > 0 && order.Compare(item, worstFirst.Peek()) < 0)
                worstFirst.DequeueEnqueue(item, item);
        var first = new List<T>(count);
        while (worstFirst.Count > 0)
            first.Add(worstFirst.Dequeue());
        first.Reverse();
        return first;
    }

    /// <summary>
    /// The <paramref name="rank"/>-th largest of <paramref name="values"/> (1 = the largest), found by selection, not a
    /// full sort: picking 1,000 edges of 20,000 orders none of the rest. Reorders <paramref name="values"/>.
    /// </summary>
    internal static double LargestAt(double[] values, int rank)
    {
        var target = values.Length - rank; // its place in ascending order
        int low = 0, high = values.Length - 1;
        while (low < high)
        {
            // Three-way partition around a middle value: runs of equal weights (common) end the search at once.
            var pivot = values[low + (high - low) / 2];
            int less = low, at = low, greater = high;
            while (at <= greater)
            {
                var value = values[at];
                if (value < pivot)
                {
                    values[at++] = values[less];
                    values[less++] = value;
                }
                else if (value > pivot)
                {
                    values[at] = values[greater];
                    values[greater--] = value;
                }
                else
                {
                    at++;
                }
            }
            if (target < less)
                high = less - 1;
            else if (target > greater)
                low = greater + 1;
            else
                return pivot;
        }
        return values[target];
    }

    /// <summary>
    /// A value per actor number, for one search at a time on one thread: a new search starts a new generation, so
    /// nothing is cleared between searches (a mark from an earlier one is not of this generation).
    /// </summary>
    private sealed class ActorMarks
    {
        private int[] _generations = [];
        private int[] _values = [];
        private int _generation;

        public void Begin(int actors)
        {
            if (_generations.Length < actors)
            {
                _generations = new int[actors];
                _values = new int[actors];
                _generation = 0;
            }
            if (++_generation == int.MaxValue)
            {
                Array.Clear(_generations);
                _generation = 1;
            }
        }

        /// <summary>The actor's value in this search; <paramref name="known"/> false (and the value to be set) when first met.</summary>
        public ref int Mark(int actor, out bool known)
        {
            known = _generations[actor] == _generation;
            _generations[actor] = _generation;
            return ref _values[actor];
        }

        /// <summary>The actor's value in this search, 0 when it was not marked.</summary>
        public int ValueOf(int actor) => _generations[actor] == _generation ? _values[actor] : 0;
    }

    [ThreadStatic]
    private static ActorMarks? t_ringMarks;

    [ThreadStatic]
    private static ActorMarks? t_amongMarks;

    [ThreadStatic]
    private static List<Candidate>? t_candidates;

    /// <summary>How many edges a neighbourhood's ring reads in full before it reads only what it may keep.</summary>
    public const int ReachReadBudget = 2_000;

    /// <summary>
    /// An edge found with its weight, kept in a list of values: storing an object reference in a shared generic list
    /// reads the object to check its type, and a search found twenty thousand edges spread over the heap.
    /// </summary>
    private readonly record struct WeightedEdge(GraphEdge Edge, double Weight);

    /// <summary>Best-attested first: evidence sentences, then confidence, then names and kind (a stable order).</summary>
    private static readonly Comparer<GraphEdge> Significance = Comparer<GraphEdge>.Create((x, y) =>
        y.Relation.Evidence.Count.CompareTo(x.Relation.Evidence.Count) is var byEvidence and not 0 ? byEvidence
        : y.Confidence.CompareTo(x.Confidence) is var byConfidence and not 0 ? byConfidence
        : StringComparer.OrdinalIgnoreCase.Compare(x.Source, y.Source) is var bySource and not 0 ? bySource
        : StringComparer.OrdinalIgnoreCase.Compare(x.Target, y.Target) is var byTarget and not 0 ? byTarget
        : x.Kind.CompareTo(y.Kind));

    /// <summary><see cref="Significance"/>, comparing the weights first (the same order: they fold its leading keys) without reading the edges.</summary>
    private static readonly Comparer<WeightedEdge> HeavierFirst = Comparer<WeightedEdge>.Create((x, y) =>
        y.Weight.CompareTo(x.Weight) is var byWeight and not 0 ? byWeight : Significance.Compare(x.Edge, y.Edge));

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, StrongestAdjacency> _strongestFirst = new(StringComparer.OrdinalIgnoreCase);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, PairIndex> _pairIndexes = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// An actor's edges, best-attested first, with the number of the actor at each other end, its evidence count and
    /// confidence as plain arrays (a ring reads thousands of edges); sorted the first time a query asks and kept with
    /// the snapshot.
    /// </summary>
    private StrongestAdjacency StrongestAdjacencyOf(string actor) =>
        _strongestFirst.GetOrAdd(actor, name =>
        {
            GraphEdge[] edges = [.. (_edgesByActor.GetValueOrDefault(name) ?? []).Order(Significance)];
            var ids = ActorIds;
            var adjacency = new StrongestAdjacency(edges, new int[edges.Length], new int[edges.Length], new double[edges.Length]);
            for (var i = 0; i < edges.Length; i++)
            {
                adjacency.Others[i] = ids[edges[i].Other(name)];
                adjacency.Evidence[i] = edges[i].Relation.Evidence.Count;
                adjacency.Confidence[i] = edges[i].Confidence;
            }
            return adjacency;
        });

    private sealed record StrongestAdjacency(GraphEdge[] Edges, int[] Others, int[] Evidence, double[] Confidence);

    /// <summary>
    /// A number for every actor with edges, this snapshot's own: a search marks actors in an array by number instead
    /// of hashing their names at every edge it reads. Numbered the first time a query needs them.
    /// </summary>
    private Dictionary<string, int> ActorIds => _actorIds.Value;

    private readonly Lazy<Dictionary<string, int>> _actorIds;

    private Dictionary<string, int> NumberActors()
    {
        var ids = new Dictionary<string, int>(_edgesByActor.Count, StringComparer.OrdinalIgnoreCase);
        foreach (var name in _edgesByActor.Keys)
            ids.Add(name, ids.Count);
        return ids;
    }

    /// <summary>
    /// An actor's edges as plain arrays in the order of its edges: the number of the actor at the other end and the
    /// edge's weight (<see cref="Weight"/>), so a search over thousands of edges reads two arrays, not an object each.
    /// </summary>
    private sealed record Adjacency(int[] Others, double[] Weights);

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Adjacency> _adjacency = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>An actor's <see cref="Adjacency"/>, made the first time a query asks and kept with the snapshot.</summary>
    private Adjacency AdjacencyOf(string actor) =>
        _adjacency.GetOrAdd(actor, name =>
        {
            var edges = _edgesByActor.GetValueOrDefault(name) ?? [];
            var ids = ActorIds;
            var adjacency = new Adjacency(new int[edges.Count], new double[edges.Count]);
            for (var i = 0; i < edges.Count; i++)
            {
                adjacency.Others[i] = ids[edges[i].Other(name)];
                adjacency.Weights[i] = EdgeWeight(edges[i]);
            }
            return adjacency;
        });

    private static double EdgeWeight(GraphEdge edge) => Weight(edge.Relation.Evidence.Count, edge.Confidence);

    /// <summary>An actor's edges grouped by the actor at their other end: a pair's edges found by one lookup of its number.</summary>
    private sealed class PairIndex
    {
        private readonly GraphEdge[] _edges;
        private readonly double[] _weights;
        private readonly Dictionary<int, (int Start, int Count)> _ranges = [];

        public PairIndex(IReadOnlyList<GraphEdge> edges, Adjacency adjacency)
        {
            var otherIds = adjacency.Others;
            foreach (var other in otherIds)
                System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_ranges, other, out _).Count++;
            var start = 0;
            foreach (var other in _ranges.Keys.ToList())
            {
                var count = _ranges[other].Count;
                _ranges[other] = (start, 0);
                start += count;
            }
            _edges = new GraphEdge[edges.Count];
            _weights = new double[edges.Count];
            for (var i = 0; i < edges.Count; i++)
            {
                ref var range = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrNullRef(_ranges, otherIds[i]);
                _weights[range.Start + range.Count] = adjacency.Weights[i];
                _edges[range.Start + range.Count++] = edges[i];
            }
        }

        public ArraySegment<GraphEdge> To(int other) => WeightedTo(other).Edges;

        /// <summary>The pair's edges and their weights, in the same order.</summary>
        public (ArraySegment<GraphEdge> Edges, ArraySegment<double> Weights) WeightedTo(int other) =>
            _ranges.TryGetValue(other, out var range) ? (new(_edges, range.Start, range.Count), new(_weights, range.Start, range.Count)) : (ArraySegment<GraphEdge>.Empty, ArraySegment<double>.Empty);
    }

    /// <summary>A hub's pair index, built the first time a query asks and kept with the snapshot.</summary>
    private PairIndex PairsOf(string actor) =>
        _pairIndexes.GetOrAdd(actor, name => new PairIndex(_edgesByActor.GetValueOrDefault(name) ?? [], AdjacencyOf(name)));

    /// <summary>
    /// The edges among <paramref name="actors"/>: an actor with few edges reads them all; the pairs of two with many
    /// (hubs, thousands each) are looked up in one's pair index, so no hub's edges are read whole. Membership is a
    /// mark by actor number (thousands of edges read, no name hashed).
    /// </summary>
    private List<WeightedEdge> EdgesAmong(IReadOnlySet<string> actors, GraphFilter filter, CancellationToken cancellationToken)
    {
        var everything = filter.AdmitsEverything; // no edge object read just to be admitted
        var ids = ActorIds;
        var marks = t_amongMarks ?? new ActorMarks();
        t_amongMarks = null;
        marks.Begin(ids.Count);
        const int kept = 1, hub = 2; // an actor not marked is not among them
        var many = Math.Max(FewEdges, 2 * actors.Count);
        var hubs = new List<int>();
        var hubNames = new List<string>();
        foreach (var actor in actors)
            if (ids.TryGetValue(actor, out var id)) // an actor without edges has none among the others
            {
                var isHub = _edgesByActor[actor].Count > many;
                marks.Mark(id, out _) = isHub ? hub : kept;
                if (isHub)
                {
                    hubs.Add(id);
                    hubNames.Add(actor);
                }
            }
        var found = new List<WeightedEdge>();
        foreach (var actor in actors)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!ids.TryGetValue(actor, out var id) || marks.ValueOf(id) == hub)
                continue;
            // Each edge once: one to a hub from this end (hubs read none), one between two such actors from the end
            // whose name comes first.
            var edges = _edgesByActor[actor];
            var (others, edgeWeights) = AdjacencyOf(actor);
            for (var i = 0; i < edges.Count; i++)
            {
                var mark = marks.ValueOf(others[i]);
                if ((mark == hub || (mark == kept && StringComparer.OrdinalIgnoreCase.Compare(actor, edges[i].Other(actor)) <= 0)) && (everything || filter.Admits(edges[i])))
                    found.Add(new WeightedEdge(edges[i], edgeWeights[i]));
            }
        }
        for (var i = 0; i < hubNames.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var pairs = PairsOf(hubNames[i]);
            for (var j = i; j < hubs.Count; j++)
            {
                var (edges, edgeWeights) = pairs.WeightedTo(hubs[j]);
                for (var k = 0; k < edges.Count; k++)
                    if (everything || filter.Admits(edges[k]))
                        found.Add(new WeightedEdge(edges[k], edgeWeights[k]));
            }
        }
        t_amongMarks = marks;
        return found;
    }

    /// <summary>All shortest paths (edges in either direction) of at most <paramref name="maxHops"/> edges, up to <paramref name="limit"/>.</summary>
    public IReadOnlyList<IReadOnlyList<GraphEdge>> ShortestPaths(string from, string to, int maxHops, GraphFilter filter, int limit = 25) =>
        ShortestPaths(from, to, maxHops, filter, limit, out _);

    /// <param name="truncated">True when more shortest paths exist than <paramref name="limit"/>.</param>
    public IReadOnlyList<IReadOnlyList<GraphEdge>> ShortestPaths(string from, string to, int maxHops, GraphFilter filter, int limit, out bool truncated) =>
        ShortestPaths(from, to, maxHops, filter, limit, out truncated, CancellationToken.None);

    /// <summary>
    /// Searched from both ends at once, each step widening the side whose next layer reads fewer edges, until the two
    /// meet: between an actor with a dozen edges and a hub with thousands, the hub's edges are never read whole.
    /// </summary>
    /// <param name="cancellationToken">Checked as each actor is expanded: a request given up stops computing.</param>
    public IReadOnlyList<IReadOnlyList<GraphEdge>> ShortestPaths(string from, string to, int maxHops, GraphFilter filter, int limit, out bool truncated, CancellationToken cancellationToken)
    {
        truncated = false;
        if (string.Equals(from, to, StringComparison.OrdinalIgnoreCase))
            return [];
        var ahead = new SearchSide(from);
        var behind = new SearchSide(to);
        List<string> meetings = [];
        while (ahead.Depth + behind.Depth < maxHops && ahead.Frontier.Count > 0 && behind.Frontier.Count > 0 && meetings.Count == 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if ((long)ahead.Frontier.Count * behind.Frontier.Count <= BridgeLookups && Bridges(ahead.Frontier, behind.Frontier, filter) is { Count: > 0 } bridges)
                return Join(ahead, behind, bridges, limit, out truncated);
            var side = Cost(ahead) <= Cost(behind) ? ahead : behind;
            var other = side == ahead ? behind : ahead;
            var layer = side.Widen(this, filter, cancellationToken);
            var shortest = layer.Where(other.Distance.ContainsKey).Select(n => side.Distance[n] + other.Distance[n]).DefaultIfEmpty(int.MaxValue).Min();
            meetings = layer.Where(n => other.Distance.TryGetValue(n, out var d) && side.Distance[n] + d == shortest).ToList();
        }
        // Every shortest path crosses the newest layer at exactly one meeting actor: halves joined there, each path once.
        return Join(ahead, behind, meetings.Select(m => (m, (GraphEdge?)null, m)), limit, out truncated);
    }

    /// <summary>How many frontier pairs are looked up directly (in pair indexes) before a side is widened.</summary>
    private const int BridgeLookups = 4096;

    /// <summary>
    /// The edges joining the two frontiers, found pair by pair (a hub's edges searched, not read): when there are any,
    /// every shortest path crosses exactly one of them.
    /// </summary>
    private List<(string, GraphEdge?, string)> Bridges(List<string> ahead, List<string> behind, GraphFilter filter)
    {
        var bridges = new List<(string, GraphEdge?, string)>();
        foreach (var a in ahead)
            foreach (var b in behind)
                foreach (var edge in PairEdges(a, b))
                    if (filter.Admits(edge))
                        bridges.Add((a, edge, b));
        return bridges;
    }

    /// <summary>An actor with at most this many edges has them read; one with more (a hub) has them indexed by pair.</summary>
    private const int FewEdges = 64;

    /// <summary>A pair's edges, either way: the fewer-edged actor's read, or looked up in its pair index when both have many.</summary>
    private IEnumerable<GraphEdge> PairEdges(string a, string b)
    {
        var (near, far, edges) = Nearer(a, b);
        return edges.Count <= FewEdges ? EdgesTo(edges, near, far)
            : ActorIds.TryGetValue(far, out var farId) ? PairsOf(near).To(farId) : [];
    }

    /// <summary>A pair's edges, either way, read from the edges of the actor with fewer.</summary>
    private IEnumerable<GraphEdge> ScannedPairEdges(string a, string b)
    {
        var (near, far, edges) = Nearer(a, b);
        return EdgesTo(edges, near, far);
    }

    private static IEnumerable<GraphEdge> EdgesTo(List<GraphEdge> edges, string near, string far) =>
        edges.Where(e => string.Equals(e.Other(near), far, StringComparison.OrdinalIgnoreCase));

    /// <summary>Of two actors, the one with fewer edges (and its edges), then the other.</summary>
    private (string Near, string Far, List<GraphEdge> Edges) Nearer(string a, string b)
    {
        var fromA = _edgesByActor.GetValueOrDefault(a) ?? [];
        var fromB = _edgesByActor.GetValueOrDefault(b) ?? [];
        return fromA.Count <= fromB.Count ? (a, b, fromA) : (b, a, fromB);
    }

    /// <summary>The shortest paths through the given crossings (an actor both sides reached, or an edge between them), up to <paramref name="limit"/>.</summary>
    private static List<IReadOnlyList<GraphEdge>> Join(SearchSide ahead, SearchSide behind, IEnumerable<(string Near, GraphEdge? Edge, string Far)> crossings, int limit, out bool truncated)
    {
        truncated = false;
        var paths = new List<IReadOnlyList<GraphEdge>>();
        foreach (var (near, edge, far) in crossings)
            foreach (var first in ahead.PathsTo(near))
                foreach (var second in behind.PathsTo(far))
                {
                    if (paths.Count >= limit)
                    {
                        truncated = true;
                        return paths;
                    }
                    paths.Add([.. first, .. edge is null ? [] : new[] { edge }, .. Enumerable.Reverse(second)]);
                }
        return paths;
    }

    /// <summary>What widening a side reads: the edges of its frontier.</summary>
    private long Cost(SearchSide side) => side.Frontier.Sum(n => (long)(_edgesByActor.GetValueOrDefault(n)?.Count ?? 0));

    /// <summary>One end of a two-sided breadth-first search: distances from the end, and every edge reaching an actor at its shortest distance.</summary>
    private sealed class SearchSide(string end)
    {
        public Dictionary<string, int> Distance { get; } = new(StringComparer.OrdinalIgnoreCase) { [end] = 0 };
        public List<string> Frontier { get; private set; } = [end];
        public int Depth { get; private set; }
        private readonly Dictionary<string, List<GraphEdge>> _reachedBy = new(StringComparer.OrdinalIgnoreCase);

        public List<string> Widen(GraphSnapshot graph, GraphFilter filter, CancellationToken cancellationToken)
        {
            Depth++;
            var next = new List<string>();
            foreach (var node in Frontier)
            {
                cancellationToken.ThrowIfCancellationRequested();
                foreach (var edge in graph.EdgesOf(node, filter))
                {
                    var other = edge.Other(node);
                    if (!Distance.TryGetValue(other, out var known))
                    {
                        Distance[other] = known = Depth;
                        next.Add(other);
                    }
                    if (known == Depth)
                        (_reachedBy.TryGetValue(other, out var list) ? list : _reachedBy[other] = []).Add(edge);
                }
            }
            Frontier = next;
            return next;
        }

        /// <summary>Every shortest path from this side's end to <paramref name="node"/>, edges in order from the end.</summary>
        public IEnumerable<List<GraphEdge>> PathsTo(string node)
        {
            if (Distance[node] == 0)
            {
                yield return [];
                yield break;
            }
            foreach (var edge in _reachedBy[node])
            {
                var previous = edge.Other(node);
                if (Distance[previous] != Distance[node] - 1)
                    continue;
                foreach (var path in PathsTo(previous))
                {
                    path.Add(edge);
                    yield return path;
                }
            }
        }
    }

    /// <summary>
    /// Every observation between two actors, in time order (undated background first). The pair's relations are found
    /// among the edges of the actor with fewer (not by a pass over every relation), in the store's order.
    /// </summary>
    public IReadOnlyList<StanceObservation> Timeline(string a, string b) =>
        StanceModel.Observations(ScannedPairEdges(a, b).Select(e => e.Relation).Order(StoredRelation.Order));

    private PartialDate? ValidTo(GraphEdge edge)
    {
        var relation = edge.Relation;
        if (relation.Validity is { } stored)
            return stored.ValidTo; // worked out when its documents were loaded
        var (a, b) = string.CompareOrdinal(relation.Source, relation.Target) <= 0 ? (relation.Source, relation.Target) : (relation.Target, relation.Source);
        var flips = _flipsByPair.GetOrAdd((a, b), pair => EdgeValidity.Flips(PairRelations(pair.Item1, pair.Item2)));
        return EdgeValidity.ValidTo(relation, flips);
    }

    /// <summary>Every relation between two actors, either way (see <see cref="PairEdges"/>).</summary>
    private IEnumerable<StoredRelation> PairRelations(string a, string b) => PairEdges(a, b).Select(e => e.Relation);

}

/// <summary>
/// A neighbourhood: its actors (the centre first), how many reachable actors a limit left out (a lower bound unless
/// <see cref="OmittedExact"/>), the edges among the actors kept and how many of those an edge limit left out; the
/// edges are found the first time they are asked for.
/// </summary>
public sealed class NeighborhoodResult(IReadOnlyList<StoredActor> nodes, int omitted, bool omittedExact, Func<(IReadOnlyList<GraphEdge> Edges, int Omitted)> findEdges)
{
    private readonly Lazy<(IReadOnlyList<GraphEdge> Edges, int Omitted)> _edges = new(findEdges);

    public IReadOnlyList<StoredActor> Nodes { get; } = nodes;
    public int Omitted { get; } = omitted;
    public bool OmittedExact { get; } = omittedExact;
    public IReadOnlyList<GraphEdge> Edges => _edges.Value.Edges;
    public int OmittedEdges => _edges.Value.Omitted;
}
