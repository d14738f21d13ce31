using ActorGraph.Core.Graph;
using ActorGraph.Core.Model;
using ActorGraph.Core.Storage;

namespace ActorGraph.Core.Tests;

/// <summary>Neighbourhoods and paths on graphs with hubs, checked against searches that read everything.</summary>
public sealed class GraphSearchTests
{
    private static readonly StoredDocument Document = new("made.txt", "Made", new DateOnly(2020, 1, 1), null, null, null);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void paths_searched_from_both_ends_are_exactly_the_shortest_paths_of_a_search_that_reads_every_edge(int seed)
    {
        var relations = RandomGraph(seed, actors: 160, hubs: 4, hubEdges: 110, otherEdges: 260);
        var snapshot = Snapshot(relations);
        var random = new Random(seed);
        var compared = 0;
        for (var trial = 0; trial < 60; trial++)
        {
            var from = Name(random.Next(160));
            var to = Name(random.Next(160));
            var maxHops = random.Next(1, 5);
            var found = snapshot.ShortestPaths(from, to, maxHops, GraphFilter.All, 100_000, out var truncated);
            var expected = AllShortestPaths(relations, from, to, maxHops);
            Assert.False(truncated);
            Assert.Equal(expected.Order(), found.Select(Describe).Order());
            Assert.All(found, p => Assert.Equal(found[0].Count, p.Count));
            compared += expected.Count;
        }
        Assert.True(compared > 100, $"only {compared} paths compared: the graph is too sparse to test anything");
    }

    [Fact]
    public void paths_beyond_the_limit_are_cut_and_said_to_be()
    {
        // Centre A and B joined through 30 middle actors: 30 shortest paths of two edges.
        var relations = Enumerable.Range(0, 30).SelectMany(i => new[] { Relation("A", $"M{i:00}", RelationKind.Allied, 1), Relation("B", $"M{i:00}", RelationKind.Allied, 1) }).ToList();
        var found = Snapshot(relations).ShortestPaths("A", "B", 4, GraphFilter.All, 25, out var truncated);
        Assert.Equal(25, found.Count);
        Assert.True(truncated);
        Assert.All(found, p => Assert.Equal(2, p.Count));
    }

    [Theory]
    [InlineData(4, 1, 120)]
    [InlineData(5, 2, 120)]
    [InlineData(6, 3, 120)]
    [InlineData(7, 2, 25)] // few actors kept: the hubs among them (over 64 edges) are joined through their pair indexes
    [InlineData(8, 3, 30)]
    public void a_neighbourhood_without_an_edge_limit_holds_every_edge_among_its_actors(int seed, int hops, int limit)
    {
        var relations = RandomGraph(seed, actors: 300, hubs: 6, hubEdges: 200, otherEdges: 500);
        var snapshot = Snapshot(relations);
        foreach (var centre in new[] { Name(0), Name(7), Name(150), Name(150).ToUpperInvariant() })
        {
            var found = snapshot.Neighborhood(centre, hops, GraphFilter.All, limit: limit);
            var names = found.Nodes.Select(n => n.Name).ToHashSet();
            var among = relations.Where(r => names.Contains(r.Source) && names.Contains(r.Target)).Select(Key).Order();
            Assert.Equal(among, found.Edges.Select(e => Key(e.Relation)).Order());
            Assert.Equal(0, found.OmittedEdges);
        }
    }

    [Fact]
    public void a_neighbourhood_with_more_edges_than_its_edge_limit_stays_connected_and_keeps_the_best_attested()
    {
        // Twelve actors all allied with each other (66 pairs); the centre's ties are the weakest.
        var names = Enumerable.Range(0, 12).Select(i => $"N{i:00}").ToList();
        var relations = new List<StoredRelation>();
        for (var i = 0; i < names.Count; i++)
            for (var j = i + 1; j < names.Count; j++)
                relations.Add(Relation(names[i], names[j], RelationKind.Allied, i == 0 ? 1 : 2 + (i * j) % 5));
        var found = Snapshot(relations).Neighborhood("N00", 1, GraphFilter.All, limit: 12, edgeLimit: 20);

        Assert.Equal(12, found.Nodes.Count);
        Assert.Equal(20, found.Edges.Count);
        Assert.Equal(66 - 20, found.OmittedEdges);
        Assert.True(found.OmittedExact);
        // Every actor still reaches the centre through the edges kept.
        var reached = new HashSet<string> { "N00" };
        for (var grew = true; grew;)
        {
            grew = false;
            foreach (var edge in found.Edges)
                if (reached.Contains(edge.Source) != reached.Contains(edge.Target))
                    grew = reached.Add(edge.Source) | reached.Add(edge.Target);
        }
        Assert.Equal(names.Order(), reached.Order());
        // Past the 11 links to the centre, the others kept are the best attested of those not linking.
        var others = found.Edges.Where(e => e.Source != "N00").Select(e => e.Relation.Evidence.Count).ToList();
        var weakestKept = others.Min();
        var left = relations.Where(r => r.Source != "N00").Select(r => r.Evidence.Count).OrderDescending().Skip(others.Count);
        Assert.All(left, count => Assert.True(count <= weakestKept));
    }

    [Fact]
    public void edges_tied_at_the_edge_limit_are_kept_in_name_order()
    {
        // A centre with 30 spokes, every spoke allied with every other: 435 spoke pairs, all equally attested.
        var spokes = Enumerable.Range(0, 30).Select(i => $"S{i:00}").ToList();
        var relations = spokes.Select(s => Relation("Centre", s, RelationKind.Allied, 3)).ToList();
        for (var i = 0; i < spokes.Count; i++)
            for (var j = i + 1; j < spokes.Count; j++)
                relations.Add(Relation(spokes[i], spokes[j], RelationKind.Allied, 1));
        var found = Snapshot(relations).Neighborhood("Centre", 1, GraphFilter.All, limit: 31, edgeLimit: 40);

        Assert.Equal(40, found.Edges.Count);
        Assert.Equal(435 + 30 - 40, found.OmittedEdges);
        var others = found.Edges.Where(e => e.Source != "Centre" && e.Target != "Centre").Select(e => (e.Source, e.Target)).ToList();
        var firstByName = relations.Where(r => r.Source != "Centre" && r.Target != "Centre").Select(r => (r.Source, r.Target)).Order().Take(10);
        Assert.Equal(firstByName, others.Order());
    }

    [Fact]
    public void past_the_read_budget_a_hubs_weaker_edges_go_unread_and_the_count_left_out_is_a_lower_bound()
    {
        var spokes = GraphSnapshot.ReachReadBudget + 1000;
        var relations = Enumerable.Range(0, spokes).Select(i => Relation("Hub", $"S{i:00000}", RelationKind.Attacked, i % 100 == 0 ? 3 : 1)).ToList();
        var snapshot = Snapshot(relations);

        var found = snapshot.Neighborhood("Hub", 1, GraphFilter.All, limit: 11);
        Assert.Equal(11, found.Nodes.Count);
        Assert.All(found.Nodes.Skip(1), n => Assert.EndsWith("00", n.Name, StringComparison.Ordinal)); // the three-sentence spokes
        Assert.False(found.OmittedExact);
        Assert.InRange(found.Omitted, GraphSnapshot.ReachReadBudget - 10, spokes - 10);

        var whole = snapshot.Neighborhood("Hub", 1, GraphFilter.All, limit: spokes + 1);
        Assert.True(whole.OmittedExact);
        Assert.Equal(0, whole.Omitted);
        Assert.Equal(spokes + 1, whole.Nodes.Count);
    }

    [Theory]
    [InlineData(1, 50, 1)]
    [InlineData(2, 1000, 100)]
    [InlineData(3, 1000, 1000)]
    [InlineData(4, 5000, 37)]
    public void the_selected_cut_is_the_value_a_full_sort_puts_at_that_rank(int seed, int count, int rank)
    {
        var random = new Random(seed);
        // Few distinct values, as edge weights have (evidence counts plus half a confidence), and some spread ones.
        var values = Enumerable.Range(0, count).Select(i => i % 3 == 0 ? random.NextDouble() * 10 : random.Next(1, 4) + 0.25).ToArray();
        var sorted = values.Order().ToArray();
        Assert.Equal(sorted[^rank], GraphSnapshot.LargestAt((double[])values.Clone(), rank));
    }

    private static string Name(int i) => $"Actor {i:000}";

    private static List<StoredRelation> RandomGraph(int seed, int actors, int hubs, int hubEdges, int otherEdges)
    {
        var random = new Random(seed);
        var relations = new Dictionary<string, StoredRelation>();
        void Add(int a, int b)
        {
            if (a == b)
                return;
            var kind = (RelationKind)random.Next(4);
            var relation = Relation(Name(a), Name(b), kind, random.Next(1, 4));
            relations.TryAdd(Key(relation), relation);
        }
        for (var hub = 0; hub < hubs; hub++)
            for (var i = 0; i < hubEdges; i++)
                Add(hub, random.Next(actors));
        for (var i = 0; i < otherEdges; i++)
            Add(random.Next(actors), random.Next(actors));
        return [.. relations.Values];
    }

    private static StoredRelation Relation(string source, string target, RelationKind kind, int evidence)
    {
        if (kind is RelationKind.Allied or RelationKind.Rival && string.CompareOrdinal(source, target) > 0)
            (source, target) = (target, source);
        var sentences = Enumerable.Range(0, evidence).Select(i =>
            new StoredEvidence(new Evidence(Document.Key, "", i, 0, null, null, Attribution.Author, null, 0.8, false, ""), Document)).ToList();
        return new StoredRelation(source, target, kind, sentences);
    }

    [Fact]
    public void each_actor_lists_its_edges_in_graph_order_however_its_name_is_written_and_however_large_the_graph()
    {
        // Large enough to be built in parts on several cores; every name comes in new string instances, some in
        // another case, so the lists are found by name and not by instance alone.
        var random = new Random(7);
        var relations = new List<StoredRelation>();
        for (var i = 0; i < 120_000; i++)
        {
            var (source, target) = (random.Next(2_000), random.Next(2_000));
            var sourceName = new string((i % 7 == 0 ? Name(source).ToUpperInvariant() : Name(source)).AsSpan());
            relations.Add(Relation(sourceName, new string(Name(target).AsSpan()), (RelationKind)(i % 4), 1));
        }
        var snapshot = Snapshot(relations);

        for (var actor = 0; actor < 2_000; actor += 97)
        {
            var name = Name(actor);
            var expected = snapshot.Edges.Where(e => string.Equals(e.Source, name, StringComparison.OrdinalIgnoreCase)
                || string.Equals(e.Target, name, StringComparison.OrdinalIgnoreCase)).ToList();
            Assert.NotEmpty(expected);
            Assert.Equal(expected, snapshot.EdgesOf(name.ToLowerInvariant(), GraphFilter.All));
        }
    }

    private static string Key(StoredRelation r) => $"{r.Source}|{r.Kind}|{r.Target}";

    private static string Describe(IReadOnlyList<GraphEdge> path) => string.Join(" / ", path.Select(e => Key(e.Relation)));

    private static GraphSnapshot Snapshot(IReadOnlyList<StoredRelation> relations)
    {
        var names = relations.SelectMany(r => new[] { r.Source, r.Target }).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase);
        var actors = names.Select(n => new StoredActor(n, ActorType.ArmedGroup, [], false, 0, 0)).ToList();
        return GraphSnapshot.Of(new StoredGraph(actors, relations, [Document]));
    }

    /// <summary>Every shortest path of at most <paramref name="maxHops"/> edges, found by reading every relation at each step.</summary>
    private static List<string> AllShortestPaths(IReadOnlyList<StoredRelation> relations, string from, string to, int maxHops)
    {
        if (from == to)
            return [];
        var distance = new Dictionary<string, int> { [from] = 0 };
        for (var depth = 1; depth <= maxHops && !distance.ContainsKey(to); depth++)
            foreach (var r in relations)
                foreach (var (near, far) in new[] { (r.Source, r.Target), (r.Target, r.Source) })
                    if (distance.TryGetValue(near, out var d) && d == depth - 1 && !distance.ContainsKey(far))
                        distance[far] = depth;
        if (!distance.TryGetValue(to, out var length))
            return [];
        var paths = new List<string>();
        void Walk(string node, List<string> keys)
        {
            if (keys.Count == length)
            {
                if (node == to)
                    paths.Add(string.Join(" / ", keys));
                return;
            }
            foreach (var r in relations)
                foreach (var (near, far) in new[] { (r.Source, r.Target), (r.Target, r.Source) })
                    if (near == node && distance.GetValueOrDefault(far, -1) == keys.Count + 1 && (r.Source != r.Target))
                    {
                        keys.Add(Key(r));
                        Walk(far, keys);
                        keys.RemoveAt(keys.Count - 1);
                    }
        }
        Walk(from, []);
        return paths.Distinct().ToList();
    }
}
