using ActorGraph.Core.Extraction;
using ActorGraph.Core.Model;
using ActorGraph.Core.Storage;

namespace ActorGraph.Core.Tests;

/// <summary>What every store must do; each store runs these through a subclass.</summary>
public abstract class GraphStoreContractTests : IAsyncLifetime
{
    private IGraphStore? _store;

    protected IGraphStore Store => _store ?? throw new InvalidOperationException("store not created");

    /// <summary>A new, empty store.</summary>
    protected abstract Task<IGraphStore> CreateStoreAsync();

    /// <summary>Why this store cannot be tested here (no server reachable), or null.</summary>
    protected virtual string? UnavailableReason => null;

    public async Task InitializeAsync()
    {
        if (UnavailableReason is not null)
            return;
        _store = await CreateStoreAsync();
        await _store.InitializeAsync();
        await _store.SyncActorsAsync(TestPaths.SeedLexicon.Actors.Actors);
    }

    public async Task DisposeAsync()
    {
        if (_store is not null)
            await _store.DisposeAsync();
    }

    protected static ExtractionResult Extract(string key, string body, string published = "2015-03-10") =>
        TestPaths.SeedLexicon.CreateExtractor().Extract(DocumentReader.Parse($"Title of {key}\nPublished: {published}\n\n{body}\n", key));

    private Task<LoadOutcome> LoadAsync(ExtractionResult result) => Store.LoadAsync(result, result.Document.ContentHash);

    [SkippableFact]
    public async Task loading_the_same_document_twice_changes_nothing()
    {
        Skip.If(UnavailableReason is not null, UnavailableReason);
        var doc = Extract("a.txt", "Jaish al Islam launched an offensive against the Islamic State yesterday.");
        Assert.Equal(LoadOutcome.Added, await LoadAsync(doc));
        var before = await Store.CountAsync();
        Assert.Equal(LoadOutcome.Unchanged, await LoadAsync(doc));
        Assert.Equal(before, await Store.CountAsync());
        Assert.Equal(new GraphCounts(1, before.Actors, 1, 1), before);
    }

    [SkippableFact]
    public async Task each_relation_s_end_is_stored_once_its_loads_complete_and_is_the_one_its_pair_gives()
    {
        Skip.If(UnavailableReason is not null, UnavailableReason);
        await LoadAsync(Extract("a.txt", "In March 2014 Hezbollah fought alongside the Nusra Front near Qusayr.", "2014-03-20"));
        await LoadAsync(Extract("b.txt", "In June 2015 Hezbollah fought the Nusra Front near Arsal.", "2015-06-20"));
        await Store.CompleteLoadsAsync();
        var relations = await Store.GetRelationsAsync("Hezbollah");
        Assert.Equal(2, relations.Count);
        var flips = Graph.EdgeValidity.Flips(relations);
        Assert.All(relations, r => Assert.Equal(Graph.EdgeValidity.ValidTo(r, flips), Assert.NotNull(r.Validity).ValidTo));
        Assert.NotNull(relations.Single(r => r.Kind == RelationKind.Allied).Validity!.Value.ValidTo);
    }

    [SkippableFact]
    public async Task relations_merge_across_documents_into_one_edge_with_dated_evidence()
    {
        Skip.If(UnavailableReason is not null, UnavailableReason);
        await LoadAsync(Extract("a.txt", "Jaish al Islam launched an offensive against the Islamic State yesterday."));
        await LoadAsync(Extract("b.txt", "Jaish al Islam launched an offensive against the Islamic State in 2014.", "2015-06-01"));
        var relation = Assert.Single(await Store.GetRelationsAsync("Jaysh al-Islam", RelationKind.Attacked));
        Assert.Equal(2, relation.Evidence.Count);
        Assert.Equal("2014", relation.FirstSeen?.ToString());
        Assert.Equal("2015-03-09", relation.LastSeen?.ToString());
        Assert.Equal(["a.txt", "b.txt"], relation.Evidence.Select(e => e.Document.Key).Order());
    }

    [SkippableFact]
    public async Task symmetric_relations_are_one_edge_whichever_way_they_are_written()
    {
        Skip.If(UnavailableReason is not null, UnavailableReason);
        await LoadAsync(Extract("a.txt", "Ahrar al Sham and Jaish al Islam have formed an alliance."));
        await LoadAsync(Extract("b.txt", "Jaish al Islam and Ahrar al Sham have formed an alliance."));
        var relation = Assert.Single(await Store.GetRelationsAsync(kind: RelationKind.Allied));
        Assert.Equal(2, relation.Evidence.Count);
    }

    [SkippableFact]
    public async Task an_edited_document_replaces_only_its_own_evidence()
    {
        Skip.If(UnavailableReason is not null, UnavailableReason);
        await LoadAsync(Extract("a.txt", "Jaish al Islam launched an offensive against the Islamic State. Hezbollah fought alongside Iranian forces."));
        await LoadAsync(Extract("b.txt", "Jaish al Islam launched an offensive against the Islamic State."));
        var edited = Extract("a.txt", "Hezbollah and Ahrar al Sham clashed with each other.");
        Assert.Equal(LoadOutcome.Replaced, await LoadAsync(edited));

        var attack = Assert.Single(await Store.GetRelationsAsync("Jaysh al-Islam", RelationKind.Attacked));
        Assert.Equal("b.txt", Assert.Single(attack.Evidence).Document.Key);
        Assert.Empty(await Store.GetRelationsAsync(kind: RelationKind.Allied));
        Assert.Single(await Store.GetRelationsAsync(kind: RelationKind.Rival));
        Assert.Equal(2, (await Store.CountAsync()).Documents);
    }

    [SkippableFact]
    public async Task a_load_that_fails_midway_leaves_the_store_as_it_was()
    {
        Skip.If(UnavailableReason is not null, UnavailableReason);
        await LoadAsync(Extract("a.txt", "Jaish al Islam launched an offensive against the Islamic State."));
        var before = await Store.CountAsync();
        var good = Extract("b.txt", "Ahrar al Sham and Jaish al Islam have formed an alliance. Hezbollah attacked Ahrar al Sham.");
        // The second relation cannot be stored (no sentence): the whole document must roll back.
        var broken = good with { Relations = [good.Relations[0], good.Relations[1] with { Evidence = good.Relations[1].Evidence with { Sentence = null! } }] };
        await Assert.ThrowsAnyAsync<Exception>(() => LoadAsync(broken));
        Assert.Equal(before, await Store.CountAsync());
        Assert.Single(await Store.GetRelationsAsync());
    }

    [SkippableFact]
    public async Task finds_actors_by_any_alias_ignoring_case()
    {
        Skip.If(UnavailableReason is not null, UnavailableReason);
        Assert.Equal("Al Nusrah Front", (await Store.FindActorAsync("jabhat al-nusra"))?.Name);
        Assert.Equal("Islamic State", (await Store.FindActorAsync("ISIL"))?.Name);
        Assert.Null(await Store.FindActorAsync("Nobody At All"));
    }

    [SkippableFact]
    public async Task discovered_actors_are_stored_and_marked()
    {
        Skip.If(UnavailableReason is not null, UnavailableReason);
        await LoadAsync(Extract("a.txt", "The Free Idlib Army attacked the Islamic State near Saraqib."));
        var actor = Assert.Single(await Store.GetActorsAsync("Free Idlib"));
        Assert.True(actor.Discovered);
        Assert.Equal(1, actor.Relations);
    }

    [SkippableFact]
    public async Task actor_searches_treat_wildcards_as_text()
    {
        Skip.If(UnavailableReason is not null, UnavailableReason);
        Assert.Empty(await Store.GetActorsAsync("%"));
        Assert.Empty(await Store.GetActorsAsync("_"));
    }

    [SkippableFact]
    public async Task evidence_keeps_date_attribution_and_document()
    {
        Skip.If(UnavailableReason is not null, UnavailableReason);
        await LoadAsync(Extract("a.txt", "Turkey says the YPG launched an offensive against the Islamic State yesterday."));
        var evidence = Assert.Single(Assert.Single(await Store.GetRelationsAsync()).Evidence);
        Assert.Equal("2015-03-09", evidence.Evidence.Date?.ToString());
        Assert.Equal(DatePrecision.Day, evidence.Evidence.Date?.Precision);
        Assert.Equal("yesterday", evidence.Evidence.DateText);
        Assert.Equal(Attribution.Claim, evidence.Evidence.Attribution);
        Assert.Equal("Turkey", evidence.Evidence.ClaimedBy);
        Assert.Equal("Title of a.txt", evidence.Document.Title);
        Assert.Equal(new DateOnly(2015, 3, 10), evidence.Document.Published);
    }

    [SkippableFact]
    public async Task documents_naming_two_actors_come_with_their_text()
    {
        Skip.If(UnavailableReason is not null, UnavailableReason);
        await LoadAsync(Extract("both.txt", "The Islamic State attacked Al Nusrah Front near Raqqa yesterday."));
        await LoadAsync(Extract("one.txt", "The Islamic State attacked Kobani yesterday.", "2015-03-11"));

        var found = await Store.GetDocumentsNamingAsync(["Islamic State"], ["Al Nusrah Front", "Khorasan Group"], 10);

        var (document, text) = Assert.Single(found);
        Assert.Equal("both.txt", document.Key);
        Assert.Contains("attacked Al Nusrah Front near Raqqa", text);
        Assert.Empty(await Store.GetDocumentsNamingAsync(["Islamic State"], ["Kurdish YPG 'x' ); DROP TABLE documents; --"], 10));
    }

    [SkippableFact]
    public async Task a_read_view_answers_an_actors_questions_as_the_whole_graph_does()
    {
        Skip.If(UnavailableReason is not null, UnavailableReason);
        await LoadAsync(Extract("a.txt", "Jaish al Islam launched an offensive against the Islamic State. Hezbollah fought the Nusra Front near Arsal in May 2014."));
        await LoadAsync(Extract("b.txt", "In June 2015 Hezbollah fought alongside the Nusra Front. A reader wrote that Iran backs Hezbollah."));
        await Store.CompleteLoadsAsync();
        var whole = await Graph.GraphSnapshot.LoadAsync(Store);
        await using var view = await Store.OpenReadViewAsync();
        Assert.NotNull(view);

        var hezbollah = Assert.IsType<StoredActor>(await view.FindActorAsync("hezbollah"));
        Assert.Equal(Described(whole.FindActor("Hezbollah")!), Described(hezbollah));
        Assert.Equal(Described(whole.FindActor("ISIS")!), Described((await view.FindActorAsync("ISIS"))!)); // by an alias
        Assert.Null(await view.FindActorAsync("Nobody Brigade"));
        var named = await view.ActorsNamedAsync(["hezbollah", "Al Nusrah Front", "Nobody Brigade"]);
        Assert.Equal(new[] { whole.FindActor("Al Nusrah Front")!, whole.FindActor("Hezbollah")! }.Select(Described), named.Select(Described).Order());

        var relations = await view.RelationsOfAsync(hezbollah.Name);
        Assert.Equal(whole.EdgesOf(hezbollah.Name).Select(e => Described(e.Relation)), relations.Select(Described));
        // Each sentence, given with the evidence or read by its id from the view.
        var untold = relations.SelectMany(r => r.Evidence).Where(e => !e.HasText).Select(e => e.Id).ToList();
        var texts = await view.EvidenceTextAsync(untold);
        Assert.Equal((await Store.GetRelationsAsync(hezbollah.Name)).SelectMany(r => r.Evidence).Select(e => e.Evidence.Sentence).Order(),
            relations.SelectMany(r => r.Evidence).Select(e => e.HasText ? e.Evidence.Sentence : texts[e.Id].Sentence).Order());

        var summary = await view.SummaryAsync();
        Assert.Equal((2, whole.EvidenceCount, whole.Relations.Count), (summary.Documents, summary.Evidence, summary.RelationsByKind.Values.Sum()));
        Assert.Equal(whole.Relations.CountBy(r => r.Kind).OrderBy(k => k.Key), summary.RelationsByKind.OrderBy(k => k.Key));
        Assert.Equal(whole.Actors.Where(a => a.Documents > 0 || a.Relations > 0).CountBy(a => a.Type).OrderBy(k => k.Key), summary.ActorsByType.OrderBy(k => k.Key));
        var dated = whole.Relations.SelectMany(r => r.Evidence).Where(e => e.Evidence.Attribution != Attribution.Comment && e.Evidence.Date is not null)
            .Select(e => e.Evidence.Date!.Value).OrderBy(d => d.Value).ToList();
        Assert.Equal((dated[0], dated[^1]), await view.DatedSpanAsync());
    }

    [SkippableFact]
    public async Task a_read_view_names_counts_and_pages_an_actors_neighbours_as_its_edges_do()
    {
        Skip.If(UnavailableReason is not null, UnavailableReason);
        await LoadAsync(Extract("a.txt", """
            Hezbollah attacked the Nusra Front near Arsal in May 2014. The Islamic State shelled Hezbollah positions near Qalamoun last week.
            Hezbollah fought alongside Jaish al Islam against the Islamic State. The Syrian Revolutionaries' Front is a rival of Hezbollah.
            Jaish al Islam attacked Hezbollah near Douma in 2015.
            """));
        await Store.CompleteLoadsAsync();
        var whole = await Graph.GraphSnapshot.LoadAsync(Store);
        await using var view = (await Store.OpenReadViewAsync())!;

        async Task<(string Names, int Relations, int Neighbors)> Asked(RelationKind[]? kinds, Graph.Direction direction, int first = 100)
        {
            var set = kinds?.ToHashSet();
            var (relations, neighbors) = await view.CountNeighborsAsync("Hezbollah", set, direction);
            return (string.Join(" | ", await view.NeighborNamesAsync("Hezbollah", set, direction, first)), relations, neighbors);
        }
        (string Names, int Relations, int Neighbors) FromEdges(RelationKind[]? kinds, Graph.Direction direction, int first = 100)
        {
            var edges = whole.EdgesOf("Hezbollah").Where(e => (kinds is null || kinds.Contains(e.Kind))
                && (direction == Graph.Direction.Both || e.Relation.IsSymmetric || (direction == Graph.Direction.Out) == (e.Source == "Hezbollah"))).ToList();
            var others = edges.Select(e => e.Other("Hezbollah")).Distinct().ToList();
            return (string.Join(" | ", others.Order(NameOrder.Instance).Take(first)), edges.Count, others.Count);
        }

        Assert.Equal(("Al Nusrah Front | Islamic State | Jaysh al-Islam | Syrian Revolutionaries' Front", 6, 4), await Asked(null, Graph.Direction.Both));
        Assert.Equal(("Al Nusrah Front", 1, 1), await Asked([RelationKind.Attacked], Graph.Direction.Out));
        Assert.Equal(("Islamic State | Jaysh al-Islam", 2, 2), await Asked([RelationKind.Attacked], Graph.Direction.In));
        foreach (var kinds in new RelationKind[]?[] { null, [RelationKind.Attacked], [RelationKind.Allied, RelationKind.Rival], [RelationKind.Affiliate] })
            foreach (var direction in Enum.GetValues<Graph.Direction>())
                foreach (var first in new[] { 1, 3, 100 })
                {
                    Assert.Equal(FromEdges(kinds, direction, first), await Asked(kinds, direction, first));
                    // A page of relations: the head of the graph's edges the same question selects, in the same order, each as read whole.
                    var page = await view.RelationPageAsync("Hezbollah", kinds?.ToHashSet(), direction, first);
                    var selected = whole.EdgesOf("Hezbollah").Where(e => (kinds is null || kinds.Contains(e.Kind))
                        && (direction == Graph.Direction.Both || e.Relation.IsSymmetric || (direction == Graph.Direction.Out) == (e.Source == "Hezbollah")));
                    Assert.Equal(selected.Take(first).Select(e => Described(e.Relation)), page.Select(Described));
                }
        var dated = whole.EdgesOf("Hezbollah").SelectMany(e => e.Relation.Evidence)
            .Where(e => e.Evidence.Attribution != Attribution.Comment && e.Evidence.Date is not null).Select(e => e.Evidence.Date!.Value.ToString()).Order(StringComparer.Ordinal).ToList();
        var (earliest, latest) = await view.SeenSpanAsync("Hezbollah");
        Assert.Equal((dated[0], dated[^1]), (earliest.ToString(), latest.ToString()));
        Assert.Equal((null, null), await view.SeenSpanAsync("Nobody Brigade"));
    }

    private static string Described(StoredActor actor) => $"{actor.Name} {actor.Type} {actor.Relations} {actor.Documents} {string.Join("/", actor.Aliases)}";

    private static string Described(StoredRelation relation) =>
        $"{relation.Source} {relation.Kind} {relation.Target} {relation.Validity} {string.Join(",", relation.Evidence.Select(e => $"{e.Document.Key}:{e.Evidence.SentenceIndex}:{e.Evidence.Date}:{e.Evidence.Attribution}"))}";
}
