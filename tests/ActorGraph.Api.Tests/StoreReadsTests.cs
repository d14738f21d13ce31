using ActorGraph.Api.GraphQL;
using ActorGraph.Core.Graph;
using ActorGraph.Core.Model;
using ActorGraph.Core.Storage;

namespace ActorGraph.Api.Tests;

/// <summary>Reads of a view of the store: the actors a level of fields names are read together, each once.</summary>
public sealed class StoreReadsTests
{
    /// <summary>A view that refuses every question a test's view does not answer: what a read must not ask for fails the test.</summary>
    private abstract class RefusingView : IGraphReadView
    {
        public virtual Task<StoredActor?> FindActorAsync(string nameOrAlias, CancellationToken cancellationToken = default) => throw new NotSupportedException();
        public virtual Task<IReadOnlyList<StoredActor>> ActorsNamedAsync(IReadOnlyCollection<string> names, CancellationToken cancellationToken = default) => throw new NotSupportedException();
        public virtual Task<IReadOnlyList<StoredRelation>> RelationsOfAsync(string actor, CancellationToken cancellationToken = default) => throw new NotSupportedException();
        public virtual Task<IReadOnlyList<string>> NeighborNamesAsync(string actor, IReadOnlySet<RelationKind>? kinds, Direction direction, int first, CancellationToken cancellationToken = default) => throw new NotSupportedException();
        public virtual Task<(int Relations, int Neighbors)> CountNeighborsAsync(string actor, IReadOnlySet<RelationKind>? kinds, Direction direction, CancellationToken cancellationToken = default) => throw new NotSupportedException();
        public virtual Task<IReadOnlyList<StoredRelation>> RelationPageAsync(string actor, IReadOnlySet<RelationKind>? kinds, Direction direction, int first, CancellationToken cancellationToken = default) => throw new NotSupportedException();
        public virtual Task<(PartialDate? Earliest, PartialDate? Latest)> SeenSpanAsync(string actor, CancellationToken cancellationToken = default) => throw new NotSupportedException();
        public Task<IReadOnlyDictionary<long, (string Sentence, string Explanation)>> EvidenceTextAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken = default) => throw new NotSupportedException();
        public Task<GraphSummary> SummaryAsync(CancellationToken cancellationToken = default) => throw new NotSupportedException();
        public Task<(PartialDate? Earliest, PartialDate? Latest)> DatedSpanAsync(CancellationToken cancellationToken = default) => throw new NotSupportedException();
        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    /// <summary>A view that knows three actors and records each batch of names it is asked for.</summary>
    private sealed class RecordingView : RefusingView
    {
        public List<List<string>> Batches { get; } = [];

        public override Task<IReadOnlyList<StoredActor>> ActorsNamedAsync(IReadOnlyCollection<string> names, CancellationToken cancellationToken = default)
        {
            lock (Batches)
                Batches.Add([.. names]);
            return Task.FromResult<IReadOnlyList<StoredActor>>(names.Where(n => n.Length > 2 && !n.StartsWith("Nobody", StringComparison.Ordinal))
                .Select(n => new StoredActor(n.ToUpperInvariant(), Core.Model.ActorType.ArmedGroup, [], false, 1, 1)).ToList());
        }

        /// <summary>Each question on neighbours: the actor, the kinds (comma-joined, "*" for all), the direction, how many.</summary>
        public List<string> NeighborQuestions { get; } = [];

        public override Task<IReadOnlyList<string>> NeighborNamesAsync(string actor, IReadOnlySet<RelationKind>? kinds, Direction direction, int first, CancellationToken cancellationToken = default)
        {
            NeighborQuestions.Add($"{actor} {(kinds is null ? "*" : string.Join(",", kinds.Order()))} {direction} {first}");
            return Task.FromResult<IReadOnlyList<string>>(["Hamas"]);
        }

        public override Task<(int Relations, int Neighbors)> CountNeighborsAsync(string actor, IReadOnlySet<RelationKind>? kinds, Direction direction, CancellationToken cancellationToken = default)
        {
            NeighborQuestions.Add($"{actor} {(kinds is null ? "*" : string.Join(",", kinds.Order()))} {direction} count");
            return Task.FromResult((3, 1));
        }

        /// <summary>The page it gives: one relation, its end stored unless a test says the store is older.</summary>
        public StoredValidity? PageValidity { get; set; } = new StoredValidity(null);

        public override Task<IReadOnlyList<StoredRelation>> RelationPageAsync(string actor, IReadOnlySet<RelationKind>? kinds, Direction direction, int first, CancellationToken cancellationToken = default)
        {
            NeighborQuestions.Add($"{actor} {(kinds is null ? "*" : string.Join(",", kinds.Order()))} {direction} page {first}");
            return Task.FromResult<IReadOnlyList<StoredRelation>>([new StoredRelation(actor, "Hamas", RelationKind.Allied, []) { Validity = PageValidity }]);
        }

        public override Task<(PartialDate? Earliest, PartialDate? Latest)> SeenSpanAsync(string actor, CancellationToken cancellationToken = default)
        {
            NeighborQuestions.Add($"{actor} seen");
            return Task.FromResult<(PartialDate?, PartialDate?)>((PartialDate.Parse("2012-03"), PartialDate.Parse("2019")));
        }

    }

    [Fact]
    public async Task the_actors_a_level_names_are_read_in_one_batch_and_never_again()
    {
        var view = new RecordingView();
        var reads = new StoreReads(view, CancellationToken.None);

        var asked = new[] { "Hezbollah", "Hamas", "hezbollah", "Nobody Brigade" }.Select(n => reads.ActorNamedAsync(n).AsTask()).ToList();
        await reads.FlushAsync();

        Assert.Equal([["Hezbollah", "Hamas", "Nobody Brigade"]], view.Batches);
        Assert.Equal(["HEZBOLLAH", "HAMAS", "HEZBOLLAH", null], (await Task.WhenAll(asked)).Select(a => a?.Name));
        Assert.Equal(["HAMAS", "HEZBOLLAH"], (await reads.ActorsNamedAsync(["Hamas", "Hezbollah"])).Select(a => a.Name));
        Assert.Single(view.Batches); // both read already
    }

    [Fact]
    public async Task an_actor_awaited_without_a_flush_is_read_all_the_same()
    {
        var view = new RecordingView();
        var reads = new StoreReads(view, CancellationToken.None);
        Assert.Equal("HAMAS", (await reads.ActorNamedAsync("Hamas"))?.Name);
        Assert.Equal([["Hamas"]], view.Batches);
    }

    [Fact]
    public async Task a_name_waiting_for_its_batch_asked_for_again_reads_the_batch_at_once()
    {
        var view = new RecordingView();
        var reads = new StoreReads(view, CancellationToken.None);
        var waiting = reads.ActorNamedAsync("Hamas").AsTask();
        Assert.Equal("HAMAS", (await reads.FindActorAsync("Hamas"))?.Name); // the view's own lookup is never asked
        Assert.Equal("HAMAS", (await waiting)?.Name);
        Assert.Equal([["Hamas"]], view.Batches);
    }

    [Fact]
    public async Task neighbours_asked_by_kind_and_direction_alone_are_the_store_s_to_name_and_no_relation_is_read()
    {
        var view = new RecordingView();
        var reads = new StoreReads(view, CancellationToken.None);
        var allied = new GraphFilter(Kinds: new HashSet<RelationKind> { RelationKind.Allied, RelationKind.Rival });

        Assert.Equal(["Hamas"], await reads.NeighborNamesAsync("Hezbollah", allied, Direction.Out, 5));
        Assert.Equal((3, 1), await reads.CountNeighborsAsync("Hezbollah", GraphFilter.All, Direction.Both));
        Assert.Equal(["Hezbollah Rival,Allied Out 5", "Hezbollah * Both count"], view.NeighborQuestions);

        // A date, a confidence or an attribution is weighed on the relations' evidence: those are read (here: refused).
        await Assert.ThrowsAsync<NotSupportedException>(() => reads.NeighborNamesAsync("Hezbollah", new GraphFilter(AsOf: new DateOnly(2015, 1, 1)), Direction.Both, 5).AsTask());
        await Assert.ThrowsAsync<NotSupportedException>(() => reads.CountNeighborsAsync("Hezbollah", new GraphFilter(MinConfidence: 0.5), Direction.Both).AsTask());
        Assert.Equal(2, view.NeighborQuestions.Count);
    }

    [Fact]
    public async Task relation_and_neighbour_counts_asked_together_are_read_once_for_the_same_actor_kinds_and_direction()
    {
        var view = new RecordingView();
        var reads = new StoreReads(view, CancellationToken.None);
        var rivals = new GraphFilter(Kinds: new HashSet<RelationKind> { RelationKind.Rival });

        await reads.CountNeighborsAsync("Hezbollah", GraphFilter.All, Direction.Both); // relationCount
        await reads.CountNeighborsAsync("hezbollah", GraphFilter.All, Direction.Both); // neighborCount, the name in other case
        await reads.CountNeighborsAsync("Hezbollah", rivals, Direction.Both);
        await reads.CountNeighborsAsync("Hezbollah", rivals, Direction.Out);

        Assert.Equal(["Hezbollah * Both count", "Hezbollah Rival Both count", "Hezbollah Rival Out count"], view.NeighborQuestions);
    }

    [Fact]
    public async Task a_page_of_relations_and_the_dated_span_are_the_store_s_to_read_and_no_other_relation_is_read()
    {
        var view = new RecordingView();
        var reads = new StoreReads(view, CancellationToken.None);
        var allied = new GraphFilter(Kinds: new HashSet<RelationKind> { RelationKind.Allied });

        var page = await reads.RelationPageAsync("Hezbollah", allied, Direction.Both, 100);
        Assert.Equal(("Hezbollah", "Hamas", RelationKind.Allied), (page.Single().Source, page.Single().Target, page.Single().Kind));
        Assert.Null(page.Single().ValidTo);
        var (earliest, latest) = await reads.SeenSpanAsync("Hezbollah");
        Assert.Equal(("2012-03", "2019"), (earliest.ToString(), latest.ToString()));
        await reads.SeenSpanAsync("hezbollah"); // read once a request
        Assert.Equal(["Hezbollah Allied Both page 100", "Hezbollah seen"], view.NeighborQuestions);

        // A store written before relations' ends were stored: every relation is read (here: refused).
        view.PageValidity = null;
        await Assert.ThrowsAsync<NotSupportedException>(() => reads.RelationPageAsync("Hezbollah", allied, Direction.Both, 5).AsTask());
    }

    /// <summary>A view of one actor's relations in relation order, every third dated 2016 (the others 2010), giving a head of any length.</summary>
    private sealed class HeadView(int relations) : RefusingView
    {
        private static readonly StoredDocument Document = new("d.txt", "D", new DateOnly(2020, 1, 1), null, null, null);

        public IReadOnlyList<StoredRelation> All { get; } = Enumerable.Range(0, relations).Select(i => new StoredRelation("Hezbollah", $"Group {i:D5}",
            RelationKind.Attacked, [new StoredEvidence(new Evidence("d.txt", "", i, 0, PartialDate.Parse(i % 3 == 0 ? "2016" : "2010"), null,
                Attribution.Author, null, 0.8, false, ""), Document)]) { Validity = new StoredValidity(null) }).ToList();

        public List<int> HeadsAsked { get; } = [];

        public override Task<IReadOnlyList<StoredRelation>> RelationPageAsync(string actor, IReadOnlySet<RelationKind>? kinds, Direction direction, int first, CancellationToken cancellationToken = default)
        {
            HeadsAsked.Add(first);
            return Task.FromResult<IReadOnlyList<StoredRelation>>(All.Take(first).ToList());
        }

        public override Task<IReadOnlyList<StoredRelation>> RelationsOfAsync(string actor, CancellationToken cancellationToken = default) => Task.FromResult(All);
    }

    [Fact]
    public async Task a_page_with_dates_to_weigh_reads_longer_heads_of_the_relations_until_one_holds_the_page()
    {
        var view = new HeadView(50_000);
        var since2015 = new GraphFilter(From: new DateOnly(2015, 1, 1));

        var page = await new StoreReads(view, CancellationToken.None).RelationPageAsync("Hezbollah", since2015, Direction.Both, 30);

        // The page the whole list gives (every third relation, the first thirty), from two heads: 64 (22 admitted), then 256.
        var expected = view.All.Where(r => r.Evidence[0].Evidence.Date!.Value.Value.Year == 2016).Take(30).Select(r => r.Target).ToList();
        Assert.Equal(expected, page.Select(e => e.Target).ToList());
        Assert.Equal([64, 256], view.HeadsAsked);
    }

    [Fact]
    public async Task a_filtered_page_the_heads_cannot_fill_reads_every_relation_once_the_limit_is_passed()
    {
        var view = new HeadView(50_000);
        var in2030 = new GraphFilter(From: new DateOnly(2030, 1, 1)); // nothing admitted

        var page = await new StoreReads(view, CancellationToken.None).RelationPageAsync("Hezbollah", in2030, Direction.Both, 10);

        Assert.Empty(page);
        Assert.Equal([64, 256, 1024, 4096, 16384], view.HeadsAsked); // then the relations whole, once
    }
}
