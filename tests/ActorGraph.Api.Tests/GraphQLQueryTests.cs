using System.Text.Json;

namespace ActorGraph.Api.Tests;

/// <summary>Every query of the schema end to end, against the seed.</summary>
public sealed class GraphQLQueryTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task actor_resolves_any_alias_ignoring_case()
    {
        var data = await _client.DataAsync("""{ actor(name: "jabhat al-nusra") { name type aliases discovered firstSeen lastSeen documentCount } }""");
        var actor = data.GetProperty("actor");
        Assert.Equal("Al Nusrah Front", actor.GetProperty("name").GetString());
        Assert.Equal("ARMED_GROUP", actor.GetProperty("type").GetString());
        Assert.Equal("2014-09-22", actor.GetProperty("firstSeen").GetString());
        Assert.Equal("2014-11-06", actor.GetProperty("lastSeen").GetString());
        Assert.Equal(1, actor.GetProperty("documentCount").GetInt32());
    }

    [Fact]
    public async Task an_unknown_actor_is_null_for_actor_and_an_error_that_says_what_to_do_elsewhere()
    {
        var data = await _client.DataAsync("""{ actor(name: "Nobody") { name } }""");
        Assert.Equal(JsonValueKind.Null, data.GetProperty("actor").ValueKind);
        var (_, body) = await _client.PostAsync("""{ neighborhood(actor: "Nobody") { nodes { name } } }""");
        Assert.Contains("no actor named or aliased 'Nobody'", Assert.Single(body.Errors()));
    }

    [Fact]
    public async Task actor_relations_filter_by_kind_and_direction()
    {
        var data = await _client.DataAsync("""
            { actor(name: "SRF") {
                attacked: relations(kind: ATTACKED, direction: IN) { source { name } kind }
                outgoing: relations(kind: ATTACKED, direction: OUT) { target { name } }
                neighbors(kind: ALLIED) { name } } }
            """);
        var actor = data.GetProperty("actor");
        Assert.Equal("Al Nusrah Front", Assert.Single(actor.GetProperty("attacked").EnumerateArray()).GetProperty("source").GetProperty("name").GetString());
        Assert.Empty(actor.GetProperty("outgoing").EnumerateArray());
        Assert.Equal(["Al Nusrah Front", "the West"], actor.GetProperty("neighbors").Strings("name"));
    }

    [Fact]
    public async Task actors_are_paged_with_cursors()
    {
        var first = await _client.DataAsync("{ actors(first: 3) { totalCount pageInfo { hasNextPage endCursor } nodes { name } } }");
        var page = first.GetProperty("actors");
        Assert.Equal(3, page.GetProperty("nodes").GetArrayLength());
        Assert.True(page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        var total = page.GetProperty("totalCount").GetInt32();

        var cursor = page.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        var rest = await _client.DataAsync("query($after: String) { actors(first: 100, after: $after) { pageInfo { hasNextPage } nodes { name } } }", new { after = cursor });
        var names = page.GetProperty("nodes").Strings("name").Concat(rest.GetProperty("actors").GetProperty("nodes").Strings("name")).ToList();
        Assert.Equal(total, names.Count);
        Assert.Equal(names.Count, names.Distinct().Count());
        Assert.False(rest.GetProperty("actors").GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
    }

    [Fact]
    public async Task a_cursor_past_the_end_is_an_empty_last_page_not_the_first_again()
    {
        var cursor = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("offset:2147483647"));
        var data = await _client.DataAsync("query($after: String) { actors(first: 5, after: $after) { pageInfo { hasNextPage endCursor } nodes { name } } }", new { after = cursor });
        var page = data.GetProperty("actors");
        Assert.Equal(0, page.GetProperty("nodes").GetArrayLength());
        Assert.False(page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
    }

    [Theory]
    [InlineData("{ actors(first: 101) { totalCount } }", "first must be from 1 to 100")]
    [InlineData("{ relations(first: 0) { totalCount } }", "first must be from 1 to 100")]
    [InlineData("{ actors(after: \"bogus\") { totalCount } }", "is not a cursor this API gave out")]
    [InlineData("{ neighborhood(actor: \"SRF\", hops: 4) { nodes { name } } }", "hops must be from 1 to 3")]
    [InlineData("{ neighborhood(actor: \"SRF\", limit: 5000) { nodes { name } } }", "limit must be from 2 to 1000")]
    [InlineData("{ neighborhood(actor: \"SRF\", edgeLimit: 0) { nodes { name } } }", "edgeLimit must be from 1 to 10000")]
    [InlineData("{ paths(from: \"SRF\", to: \"al Qaeda\", maxHops: 5) { all { nodes { name } } } }", "maxHops must be from 1 to 4")]
    [InlineData("{ relations(asOf: \"Oct 2014\") { totalCount } }", "asOf must be a date written YYYY-MM-DD, YYYY-MM or YYYY")]
    [InlineData("{ relations(from: \"2014-02-30\") { totalCount } }", "is not a date in the calendar")]
    [InlineData("{ relations(minConfidence: 2) { totalCount } }", "minConfidence must be from 0 to 1")]
    public async Task bad_arguments_are_errors_that_say_what_to_fix(string query, string message)
    {
        var (response, body) = await _client.PostAsync(query);
        Assert.True(response.IsSuccessStatusCode);
        Assert.Contains(body.Errors(), e => e.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task relations_as_of_september_show_the_alliance_and_as_of_november_the_hostility()
    {
        const string query = """
            query($day: String) { relations(actor: "SRF", asOf: $day, kinds: [ALLIED, ATTACKED, RIVAL], first: 100) {
                nodes { source { name } target { name } kind validFrom validTo } } }
            """;
        static IEnumerable<string> Kinds(JsonElement data) => data.GetProperty("relations").GetProperty("nodes").EnumerateArray()
            .Where(r => r.GetProperty("source").GetProperty("name").GetString() == "Al Nusrah Front" || r.GetProperty("target").GetProperty("name").GetString() == "Al Nusrah Front")
            .Select(r => r.GetProperty("kind").GetString()!).Order();

        Assert.Equal(["ALLIED"], Kinds(await _client.DataAsync(query, new { day = "2014-09-15" })));
        Assert.Equal(["ATTACKED", "RIVAL"], Kinds(await _client.DataAsync(query, new { day = "2014-11" })));

        var all = await _client.DataAsync(query, new { day = (string?)null });
        var allied = all.GetProperty("relations").GetProperty("nodes").EnumerateArray().Single(r => r.GetProperty("kind").GetString() == "ALLIED" && r.GetProperty("source").GetProperty("name").GetString() == "Al Nusrah Front");
        Assert.Equal(JsonValueKind.Null, allied.GetProperty("validFrom").ValueKind);
        Assert.Equal("2014-10", allied.GetProperty("validTo").GetString());
    }

    [Fact]
    public async Task relations_carry_their_evidence_with_document_date_and_attribution()
    {
        var data = await _client.DataAsync("""
            { relations(kind: ATTACKED, actor: "Syrian Revolutionaries' Front", attribution: AUTHOR, minConfidence: 0.5) {
                nodes { id directed firstSeen confidence evidence(attribution: AUTHOR) {
                    sentence date datePrecision dateText attribution claimedBy confidence explanation offset
                    document { key title published source author } } } } }
            """);
        var relation = Assert.Single(data.GetProperty("relations").GetProperty("nodes").EnumerateArray());
        Assert.Equal("Al Nusrah Front|attacked|Syrian Revolutionaries' Front", relation.GetProperty("id").GetString());
        Assert.True(relation.GetProperty("directed").GetBoolean());
        var evidence = relation.GetProperty("evidence").EnumerateArray().First();
        Assert.StartsWith("Since late October, Al Nusrah has gone on the offensive", evidence.GetProperty("sentence").GetString());
        Assert.Equal("2014-10", evidence.GetProperty("date").GetString());
        Assert.Equal("MONTH", evidence.GetProperty("datePrecision").GetString());
        Assert.Equal("Since late October", evidence.GetProperty("dateText").GetString());
        Assert.Equal("AUTHOR", evidence.GetProperty("attribution").GetString());
        var document = evidence.GetProperty("document");
        Assert.Equal("2014-11-06", document.GetProperty("published").GetString());
        Assert.Equal("FDD's Long War Journal", document.GetProperty("source").GetString());
        Assert.Equal("Thomas Joscelyn", document.GetProperty("author").GetString());
    }

    [Fact]
    public async Task neighborhood_returns_nodes_and_edges_within_the_hops()
    {
        var one = await _client.DataAsync("""{ neighborhood(actor: "SRF", hops: 1) { nodes { name } edges { source { name } target { name } kind } } }""");
        var names = one.GetProperty("neighborhood").GetProperty("nodes").Strings("name").ToList();
        Assert.Contains("Al Nusrah Front", names);
        Assert.DoesNotContain("Khorasan Group", names);
        var two = await _client.DataAsync("""{ neighborhood(actor: "SRF", hops: 2) { nodes { name } } }""");
        Assert.Contains("Khorasan Group", two.GetProperty("neighborhood").GetProperty("nodes").Strings("name"));
        Assert.All(one.GetProperty("neighborhood").GetProperty("edges").EnumerateArray(), e =>
            Assert.True(names.Contains(e.GetProperty("source").GetProperty("name").GetString()!) && names.Contains(e.GetProperty("target").GetProperty("name").GetString()!)));
    }

    [Fact]
    public async Task a_limited_neighborhood_keeps_the_best_attested_actors_and_says_how_many_it_left_out()
    {
        var whole = await _client.DataAsync("""{ neighborhood(actor: "Al Nusrah Front", hops: 2) { truncated omitted nodes { name } } }""");
        var all = whole.GetProperty("neighborhood");
        Assert.False(all.GetProperty("truncated").GetBoolean());
        var total = all.GetProperty("nodes").GetArrayLength();
        Assert.True(total > 4);

        var limited = (await _client.DataAsync("""
            { neighborhood(actor: "Al Nusrah Front", hops: 2, limit: 3) {
                truncated omitted nodes { name } edges { source { name } target { name } evidenceCount } } }
            """)).GetProperty("neighborhood");
        var names = limited.GetProperty("nodes").Strings("name").ToList();
        Assert.Equal(3, names.Count);
        Assert.Equal("Al Nusrah Front", names[0]);
        Assert.True(limited.GetProperty("truncated").GetBoolean());
        Assert.Equal(total - 3, limited.GetProperty("omitted").GetInt32());
        Assert.All(limited.GetProperty("edges").EnumerateArray(), e =>
            Assert.True(names.Contains(e.GetProperty("source").GetProperty("name").GetString()!) && names.Contains(e.GetProperty("target").GetProperty("name").GetString()!)));

        // The two kept beside the centre are its best-attested neighbours.
        var first = (await _client.DataAsync("""{ actor(name: "Al Nusrah Front") { relations { evidenceCount source { name } target { name } } } }""")).GetProperty("actor").GetProperty("relations")
            .EnumerateArray().Select(r => (Other: r.GetProperty("source").GetProperty("name").GetString() == "Al Nusrah Front" ? r.GetProperty("target").GetProperty("name").GetString()! : r.GetProperty("source").GetProperty("name").GetString()!, Count: r.GetProperty("evidenceCount").GetInt32()))
            .GroupBy(r => r.Other).Select(g => (g.Key, Count: g.Sum(r => r.Count))).OrderByDescending(g => g.Count).ThenBy(g => g.Key, StringComparer.OrdinalIgnoreCase).Take(2).Select(g => g.Key);
        Assert.Equal(first.Order(), names.Skip(1).Order());
    }

    [Fact]
    public async Task a_neighborhood_with_an_edge_limit_keeps_that_many_edges_and_counts_the_rest()
    {
        var whole = (await _client.DataAsync("""{ neighborhood(actor: "Al Nusrah Front", hops: 2) { truncated omittedEdges omittedExact edges { id } } }""")).GetProperty("neighborhood");
        var total = whole.GetProperty("edges").GetArrayLength();
        Assert.True(total > 3);
        Assert.Equal(0, whole.GetProperty("omittedEdges").GetInt32());
        Assert.True(whole.GetProperty("omittedExact").GetBoolean());

        var cut = (await _client.DataAsync("""{ neighborhood(actor: "Al Nusrah Front", hops: 2, edgeLimit: 3) { truncated omitted omittedEdges nodes { name } edges { id } } }""")).GetProperty("neighborhood");
        Assert.Equal(3, cut.GetProperty("edges").GetArrayLength());
        Assert.Equal(total - 3, cut.GetProperty("omittedEdges").GetInt32());
        Assert.Equal(0, cut.GetProperty("omitted").GetInt32());
        Assert.True(cut.GetProperty("truncated").GetBoolean());
    }

    [Fact]
    public async Task paths_finds_the_shortest_ways_between_two_actors()
    {
        var data = await _client.DataAsync("""{ paths(from: "SRF", to: "AQ", maxHops: 3) { paths { nodes { name } edges { kind } } } }""");
        var paths = data.GetProperty("paths").GetProperty("paths").EnumerateArray().ToList();
        Assert.NotEmpty(paths);
        Assert.All(paths, p => Assert.Equal(2, p.GetProperty("edges").GetArrayLength()));
        Assert.Contains(paths, p => p.GetProperty("nodes").Strings("name").SequenceEqual(["Syrian Revolutionaries' Front", "Al Nusrah Front", "al Qaeda"]));
    }

    [Fact]
    public async Task paths_read_from_and_to_as_actors_not_dates()
    {
        var data = await _client.DataAsync("""{ paths(from: "Khorasan Group", to: "Islamic State", maxHops: 2, asOf: "2014-12") { all { nodes { name } } } }""");
        Assert.Contains("Al Nusrah Front", data.GetProperty("paths").GetProperty("all").GetProperty("nodes").Strings("name"));
    }

    [Fact]
    public async Task timeline_lists_background_first_then_dated_observations()
    {
        var data = await _client.DataAsync("""{ timeline(a: "Al Nusrah", b: "SRF") { date kind stance evidence { sentence attribution } } }""");
        var entries = data.GetProperty("timeline").EnumerateArray().ToList();
        Assert.Equal("ALLIED", entries[0].GetProperty("kind").GetString());
        Assert.Equal(JsonValueKind.Null, entries[0].GetProperty("date").ValueKind);
        Assert.All(entries.Skip(1), e => Assert.Equal("HOSTILE", e.GetProperty("stance").GetString()));
        Assert.All(entries.Skip(1), e => Assert.Equal("2014-10", e.GetProperty("date").GetString()));
        Assert.DoesNotContain(entries, e => e.GetProperty("evidence").GetProperty("attribution").GetString() == "COMMENT");

        var pages = await _client.DataAsync("""
            { first: timeline(a: "Al Nusrah", b: "SRF", first: 1) { kind date } rest: timeline(a: "Al Nusrah", b: "SRF", offset: 1) { kind date } }
            """);
        Assert.Equal(entries.Select(e => e.GetProperty("kind").GetString() + e.GetProperty("date")),
            pages.GetProperty("first").EnumerateArray().Concat(pages.GetProperty("rest").EnumerateArray()).Select(e => e.GetProperty("kind").GetString() + e.GetProperty("date")));
    }

    [Fact]
    public async Task alliance_changes_show_srf_and_al_nusrah_turning_hostile_in_october_2014_with_evidence()
    {
        var data = await _client.DataAsync("""
            { allianceChanges(from: "2014-10-01", to: "2014-12-31", actor: "SRF") { pair { name } before after date datePrecision
                beforeEvidence { kind evidence { sentence } } afterEvidence { kind evidence { sentence dateText document { title } } } } }
            """);
        var change = Assert.Single(data.GetProperty("allianceChanges").EnumerateArray());
        Assert.Equal(["Al Nusrah Front", "Syrian Revolutionaries' Front"], change.GetProperty("pair").Strings("name"));
        Assert.Equal("COOPERATIVE", change.GetProperty("before").GetString());
        Assert.Equal("HOSTILE", change.GetProperty("after").GetString());
        Assert.Equal("2014-10", change.GetProperty("date").GetString());
        Assert.Contains("have long been allied", change.GetProperty("beforeEvidence")[0].GetProperty("evidence").GetProperty("sentence").GetString());
        Assert.Contains(change.GetProperty("afterEvidence").EnumerateArray(), e => e.GetProperty("evidence").GetProperty("sentence").GetString()!.Contains("turned on the SRF"));

        var before = await _client.DataAsync("""{ allianceChanges(to: "2014-09-30") { date } }""");
        Assert.Empty(before.GetProperty("allianceChanges").EnumerateArray());
    }

    [Fact]
    public async Task alliance_changes_come_a_bounded_number_at_a_time_with_their_count()
    {
        // The seed has two: the SRF flip and the renewed coalition strikes on Al Nusrah.
        var all = await _client.DataAsync("{ allianceChanges(includeRenewals: true) { id } allianceChangeCount(includeRenewals: true) }");
        var ids = all.GetProperty("allianceChanges").Strings("id").ToList();
        Assert.Equal(2, ids.Count);
        Assert.Equal(2, all.GetProperty("allianceChangeCount").GetInt32());

        var pages = await _client.DataAsync("""
            { first: allianceChanges(includeRenewals: true, first: 1) { id } second: allianceChanges(includeRenewals: true, first: 1, offset: 1) { id }
              past: allianceChanges(includeRenewals: true, offset: 2) { id } flips: allianceChangeCount }
            """);
        Assert.Equal(ids, [.. pages.GetProperty("first").Strings("id"), .. pages.GetProperty("second").Strings("id")]);
        Assert.Empty(pages.GetProperty("past").EnumerateArray());
        Assert.Equal(1, pages.GetProperty("flips").GetInt32());

        var (_, tooMany) = await _client.PostAsync("{ allianceChanges(first: 1001) { id } }");
        Assert.Contains(tooMany.Errors(), e => e.Contains("first must be from 0 to 1000", StringComparison.Ordinal));
    }

    [Fact]
    public async Task an_actor_lists_a_bounded_number_of_relations_and_neighbours_and_says_how_many_there_are()
    {
        var data = await _client.DataAsync("""
            { actor(name: "Al Nusrah Front") { all: relations { id } relationCount one: relations(first: 1) { id }
                rivals: relationCount(kind: RIVAL) rivalList: relations(kind: RIVAL) { id }
                neighbors { name } neighborCount two: neighbors(first: 2) { name } } }
            """);
        var actor = data.GetProperty("actor");
        var all = actor.GetProperty("all").Strings("id").ToList();
        Assert.True(all.Count >= 3, $"only {all.Count} relations");
        Assert.Equal(all.Count, actor.GetProperty("relationCount").GetInt32());
        Assert.Equal(all.Take(1), actor.GetProperty("one").Strings("id"));
        Assert.Equal(actor.GetProperty("rivalList").GetArrayLength(), actor.GetProperty("rivals").GetInt32());
        var neighbors = actor.GetProperty("neighbors").Strings("name").ToList();
        Assert.Equal(neighbors.Count, actor.GetProperty("neighborCount").GetInt32());
        Assert.Equal(neighbors.Take(2), actor.GetProperty("two").Strings("name"));

        var evidence = (await _client.DataAsync("""{ actor(name: "Al Nusrah Front") { relations { evidenceCount all: evidence { sentence } one: evidence(first: 1) { sentence } } } }"""))
            .GetProperty("actor").GetProperty("relations").EnumerateArray().MaxBy(r => r.GetProperty("evidenceCount").GetInt32());
        Assert.True(evidence.GetProperty("evidenceCount").GetInt32() >= 2);
        Assert.Equal(evidence.GetProperty("evidenceCount").GetInt32(), evidence.GetProperty("all").GetArrayLength());
        Assert.Equal(evidence.GetProperty("all").Strings("sentence").Take(1), evidence.GetProperty("one").Strings("sentence"));

        var (_, tooMany) = await _client.PostAsync("""{ actor(name: "SRF") { relations(first: 10001) { id } } }""");
        Assert.Contains(tooMany.Errors(), e => e.Contains("first must be from 0 to 10000", StringComparison.Ordinal));
    }

    [Fact]
    public async Task documents_and_stats_describe_what_is_loaded()
    {
        var data = await _client.DataAsync("""
            { documents(first: 10) { totalCount nodes { key title published } }
              stats { documents actors relations evidence earliest latest byKind { key count } byType { key count } } }
            """);
        Assert.Equal("000_16b1e143a013c3da.txt", Assert.Single(data.GetProperty("documents").GetProperty("nodes").EnumerateArray()).GetProperty("key").GetString());
        var stats = data.GetProperty("stats");
        Assert.Equal(1, stats.GetProperty("documents").GetInt32());
        Assert.Equal("2014-09-22", stats.GetProperty("earliest").GetString());
        Assert.Equal("2014-11-06", stats.GetProperty("latest").GetString());
        Assert.Equal(stats.GetProperty("relations").GetInt32(), stats.GetProperty("byKind").EnumerateArray().Sum(k => k.GetProperty("count").GetInt32()));
    }
}
