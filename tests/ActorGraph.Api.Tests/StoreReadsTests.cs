using ActorGraph.Api.GraphQL;
using ActorGraph.Core.Graph;
using ActorGraph.Core.Model;
using ActorGraph.Core.Storage;

namespace ActorGraph.Api.Tests;

/// <summary>Reads of a view of the store: the actors a level of fields names are read together, each once.</summary>
public sealed class StoreReadsTests
{
    /// <summary>A view that knows three actors and records each batch of names it is asked for.</summary>
    private sealed class RecordingView : IGraphReadView
    {
        public List<List<string>> Batches { get; } = [];

        public Task<IReadOnlyList<StoredActor>> ActorsNamedAsync(IReadOnlyCollection<string> names, CancellationToken cancellationToken = default)
        {
            lock (Batches)
                Batches.Add([.. names]);
            return Task.FromResult<IReadOnlyList<StoredActor>>(names.Where(n => n.Length > 2 && !n.StartsWith("Nobody", StringComparison.Ordinal))
                .Select(n => new StoredActor(n.ToUpperInvariant(), Core.Model.ActorType.ArmedGroup, [], false, 1, 1)).ToList());
        }

        /// <summary>Each question on neighbours: the actor, the kinds (comma-joined, "*" for all), the direction, how many.</summary>
        public List<string> NeighborQuestions { get; } = [];

        public Task<IReadOnlyList<string>> NeighborNamesAsync(string actor, IReadOnlySet<RelationKind>? kinds, Direction direction, int first, CancellationToken cancellationToken = default)
        {
            NeighborQuestions.Add($"{actor} {(kinds is null ? "*" : string.Join(",", kinds.Order()))} {direction} {first}");
            return Task.FromResult<IReadOnlyList<string>>(["Hamas"]);
        }

        public Task<(int Relations, int Neighbors)> CountNeighborsAsync(string actor, IReadOnlySet<RelationKind>? kinds, Direction direction, CancellationToken cancellationToken = default)
        {
            NeighborQuestions.Add($"{actor} {(kinds is null ? "*" : string.Join(",", kinds.Order()))} {direction} count");
            return Task.FromResult((3, 1));
        }

        /// <summary>The page it gives: one relation, its end stored unless a test says the store is older.</summary>
        public StoredValidity? PageValidity { get; set; } = new StoredValidity(null);

        public Task<IReadOnlyList<StoredRelation>> RelationPageAsync(string actor, IReadOnlySet<RelationKind>? kinds, Direction direction, int first, CancellationToken cancellationToken = default)
        {
            NeighborQuestions.Add($"{actor} {(kinds is null ? "*" : string.Join(",", kinds.Order()))} {direction} page {first}");
            return Task.FromResult<IReadOnlyList<StoredRelation>>([new StoredRelation(actor, "Hamas", RelationKind.Allied, []) { Validity = PageValidity }]);
        }

        public Task<(PartialDate? Earliest, PartialDate? Latest)> SeenSpanAsync(string actor, CancellationToken cancellationToken = default)
        {
            NeighborQuestions.Add($"{actor} seen");
            return Task.FromResult<(PartialDate?, PartialDate?)>((PartialDate.Parse("2012-03"), PartialDate.Parse("2019")));
        }

        public Task<StoredActor?> FindActorAsync(string nameOrAlias, CancellationToken cancellationToken = default) => throw new NotSupportedException();
        public Task<IReadOnlyList<StoredRelation>> RelationsOfAsync(string actor, CancellationToken cancellationToken = default) => throw new NotSupportedException();
        public Task<IReadOnlyDictionary<long, (string Sentence, string Explanation)>> EvidenceTextAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken = default) => throw new NotSupportedException();
        public Task<GraphSummary> SummaryAsync(CancellationToken cancellationToken = default) => throw new NotSupportedException();
        public Task<(PartialDate? Earliest, PartialDate? Latest)> DatedSpanAsync(CancellationToken cancellationToken = default) => throw new NotSupportedException();
        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
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

        // Evidence to weigh, or a store written before relations' ends were stored: every relation is read (here: refused).
        await Assert.ThrowsAsync<NotSupportedException>(() => reads.RelationPageAsync("Hezbollah", new GraphFilter(From: new DateOnly(2015, 1, 1)), Direction.Both, 5).AsTask());
        view.PageValidity = null;
        await Assert.ThrowsAsync<NotSupportedException>(() => reads.RelationPageAsync("Hezbollah", allied, Direction.Both, 5).AsTask());
    }
}
