using Microsoft.Extensions.DependencyInjection;

namespace ActorGraph.Api.Tests;

/// <summary>
/// Before the server holds the graph (at start, while a large store is read), or always when so set, an actor's
/// questions are answered from the store through its indexes, and the answers are those the graph gives once it is held.
/// </summary>
public sealed class StoreAnswersTests
{
    /// <summary>Everything an analyst asks about one actor and one pair, in one query.</summary>
    private const string ActorQuestions = """
        {
          actor(name: "Nusra Front") {
            name type aliases discovered documentCount firstSeen lastSeen relationCount neighborCount
            relations { id kind directed confidence firstSeen lastSeen validFrom validTo evidenceCount source { name documentCount } target { name aliases }
                        evidence { sentence date datePrecision dateText attribution claimedBy confidence background explanation offset document { title } } }
            attacks: relations(kind: ATTACKED, direction: OUT) { id }
            neighbors { name type }
            asOf: relationCount(asOf: "2014-09-01")
            dated: relations(from: "2014-10-01", first: 3) { id evidenceCount } held: relations(asOf: "2014-11-01", first: 2) { id validTo }
            claimed: relations(attribution: CLAIM, direction: IN, first: 2) { id } sure: relations(minConfidence: 0.8, kind: ALLIED) { id }
          }
          relations(actor: "SRF", first: 5) { totalCount edges { cursor node { id validTo } } }
          timeline(a: "Al Nusrah Front", b: "SRF") { date order stance kind source target evidence { sentence } }
          allianceChanges(actor: "SRF") { id type date before after pair { name } }
          stats { documents actors relations evidence byKind { key count } byType { key count } earliest latest }
          sentencesNaming(first: "Nusra Front", second: "SRF", limit: 3) { sentence }
          srf: actor(name: "SRF") {
            neighborCount relationCount attackers: neighbors(kind: ATTACKED, direction: IN) { name } attackerCount: neighborCount(kind: ATTACKED, direction: IN)
            two: neighbors(first: 2) { name documentCount } partners: relationCount(kinds: [ALLIED, RIVAL, AFFILIATE]) outward: neighborCount(direction: OUT)
          }
        }
        """;

    [Fact]
    public async Task before_the_graph_is_held_an_actors_questions_are_answered_from_the_store_as_the_graph_answers_them()
    {
        var release = new TaskCompletionSource();
        await using var factory = new ApiFactory { PrepareState = state => HoldBuilds(state, release.Task) };
        var client = factory.CreateClient();
        var state = factory.Services.GetRequiredService<GraphState>();

        var fromStore = (await client.DataAsync(ActorQuestions)).GetRawText();
        Assert.False(state.SnapshotAsync(CancellationToken.None).IsCompleted, "the graph was held before the answer: it did not come from the store");
        Assert.Contains("Syrian Revolutionaries' Front", fromStore);

        release.SetResult();
        await state.SnapshotAsync(CancellationToken.None);
        var fromGraph = (await client.DataAsync(ActorQuestions)).GetRawText();
        Assert.Equal(fromGraph, fromStore);
    }

    [Fact]
    public async Task an_unknown_actor_asked_of_the_store_is_the_same_error()
    {
        var release = new TaskCompletionSource();
        await using var factory = new ApiFactory { PrepareState = state => HoldBuilds(state, release.Task) };
        var client = factory.CreateClient();

        var (_, body) = await client.PostAsync("""{ timeline(a: "Nobody Brigade", b: "SRF") { date } }""");
        Assert.Contains("a: no actor named or aliased 'Nobody Brigade'", Assert.Single(body.Errors()));
        Assert.Equal("null", (await client.DataAsync("""{ actor(name: "Nobody Brigade") { name } }""")).GetProperty("actor").GetRawText());
        release.SetResult();
    }

    [Fact]
    public async Task with_corrections_in_force_queries_wait_for_the_corrected_graph()
    {
        var release = new TaskCompletionSource();
        await using var factory = new ApiFactory { PrepareState = state => HoldBuilds(state, release.Task) };
        // Written before the server starts: the store holds the graph uncorrected, so it cannot answer for it.
        Directory.CreateDirectory(Path.GetDirectoryName(factory.DatabasePath)!);
        File.WriteAllText(Path.Combine(Path.GetDirectoryName(factory.DatabasePath)!, "corrections.yaml"),
            "- merge: \"Khorasan Group\"\n  into: \"Al Nusrah Front\"\n  by: \"test\"\n");
        var client = factory.CreateClient();

        var answer = client.DataAsync("""{ actor(name: "Khorasan Group") { name } }""");
        await Task.Delay(500);
        Assert.False(answer.IsCompleted, "answered from the store, uncorrected");
        release.SetResult();
        Assert.Equal("Al Nusrah Front", (await answer).GetProperty("actor").GetProperty("name").GetString());
    }

    [Fact]
    public async Task with_store_answers_turned_off_queries_wait_for_the_graph()
    {
        var release = new TaskCompletionSource();
        await using var factory = new ApiFactory
        {
            PrepareState = state => HoldBuilds(state, release.Task), Settings = [("ActorGraph:AnswerFromStore", "never")],
        };
        var client = factory.CreateClient();

        var answer = client.DataAsync("{ stats { documents } }");
        await Task.Delay(500);
        Assert.False(answer.IsCompleted, "answered before the graph was held");
        release.SetResult();
        Assert.Equal(1, (await answer).GetProperty("stats").GetProperty("documents").GetInt32());
    }

    [Fact]
    public async Task answering_from_the_store_always_gives_the_graphs_answers_without_reading_the_graph()
    {
        var builds = 0;
        await using var always = new ApiFactory
        {
            PrepareState = state => CountBuilds(state, () => Interlocked.Increment(ref builds)), Settings = [("ActorGraph:AnswerFromStore", "always")],
        };
        await using var never = new ApiFactory { Settings = [("ActorGraph:AnswerFromStore", "never")] };

        var fromStore = (await always.CreateClient().DataAsync(ActorQuestions)).GetRawText();
        Assert.Equal((await never.CreateClient().DataAsync(ActorQuestions)).GetRawText(), fromStore);
        Assert.Equal(0, Volatile.Read(ref builds));

        // A neighbourhood needs the whole graph: read then, once.
        var neighbours = await always.CreateClient().DataAsync("""{ neighborhood(actor: "SRF", hops: 1) { nodes { name } } }""");
        Assert.Contains("Al Nusrah Front", neighbours.GetProperty("neighborhood").GetProperty("nodes").Strings("name"));
        Assert.Equal(1, Volatile.Read(ref builds));
    }

    [Fact]
    public async Task answering_from_the_store_always_a_loaded_document_is_answered_at_once_without_reading_the_graph()
    {
        var builds = 0;
        await using var factory = new ApiFactory
        {
            PrepareState = state => CountBuilds(state, () => Interlocked.Increment(ref builds)), Settings = [("ActorGraph:AnswerFromStore", "always")],
        };
        var client = factory.CreateClient();
        var document = new
        {
            doc = new
            {
                key = "field-note.txt", title = "A field note", published = "2015-03-10",
                text = "A field note\n\nJaish al Islam launched an offensive against the Islamic State yesterday.\n",
            },
        };
        var (_, loaded) = await client.PostAsync("mutation($doc: DocumentInput!) { loadDocument(document: $doc) { outcome } }", document, ApiFactory.ApiKey);
        Assert.Equal("ADDED", loaded.GetProperty("data").GetProperty("loadDocument").GetProperty("outcome").GetString());

        var actor = await client.DataAsync("""{ actor(name: "Jaish al Islam") { relations { kind target { name } evidence { sentence date } } } }""");
        var relation = Assert.Single(actor.GetProperty("actor").GetProperty("relations").EnumerateArray());
        Assert.Equal("Islamic State", relation.GetProperty("target").GetProperty("name").GetString());
        Assert.Equal("2015-03-09", relation.GetProperty("evidence")[0].GetProperty("date").GetString());
        Assert.Contains("launched an offensive", relation.GetProperty("evidence")[0].GetProperty("sentence").GetString());
        Assert.Equal(0, Volatile.Read(ref builds));
    }

    /// <summary>Calls <paramref name="counted"/> as each graph build starts.</summary>
    private static void CountBuilds(GraphState state, Action counted)
    {
        var build = state.SnapshotBuilder;
        state.SnapshotBuilder = (store, corrections, previous) =>
        {
            counted();
            return build(store, corrections, previous);
        };
    }

    /// <summary>Every graph build waits for <paramref name="release"/> (the seed is loaded before: the store has it).</summary>
    private static void HoldBuilds(GraphState state, Task release)
    {
        var build = state.SnapshotBuilder;
        state.SnapshotBuilder = async (store, corrections, previous) =>
        {
            await release;
            return await build(store, corrections, previous);
        };
    }
}
