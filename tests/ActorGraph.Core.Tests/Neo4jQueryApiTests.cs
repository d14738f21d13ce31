using System.Net;
using System.Text;
using System.Text.Json;
using ActorGraph.Core.Storage.Neo4j;

namespace ActorGraph.Core.Tests;

/// <summary>
/// The HTTP layer against the request and answer shapes of Neo4j's Query API documentation: auto-commit and
/// explicit transactions, <c>errors[]</c>, transient errors run again, a refused password, the affinity header.
/// </summary>
public sealed class Neo4jQueryApiTests
{
    private static readonly Neo4jConnection Connection = Neo4jConnection.Parse("http://neo4j.test:7474", "neo4j", "secret", "graphs");

    /// <summary>A Neo4j that answers from a script and remembers what it was sent.</summary>
    private sealed class FakeNeo4j(Func<HttpRequestMessage, JsonElement?, (HttpStatusCode Status, string Body, string? Affinity)> answer) : HttpMessageHandler
    {
        public List<(HttpMethod Method, string Path, JsonElement? Body, string? Affinity, string? Authorization)> Requests { get; } = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            JsonElement? body = request.Content is null ? null : JsonDocument.Parse(await request.Content.ReadAsStringAsync(cancellationToken)).RootElement.Clone();
            var affinity = request.Headers.TryGetValues("neo4j-cluster-affinity", out var values) ? values.Single() : null;
            Requests.Add((request.Method, request.RequestUri!.AbsolutePath, body, affinity, request.Headers.Authorization?.ToString()));
            var (status, text, answerAffinity) = answer(request, body);
            var response = new HttpResponseMessage(status) { Content = new StringContent(text, Encoding.UTF8, "application/json") };
            if (answerAffinity is not null)
                response.Headers.Add("neo4j-cluster-affinity", answerAffinity);
            return response;
        }
    }

    private const string OneRow = """{"data":{"fields":["name","n"],"values":[["Al Nusrah Front",3]]},"bookmarks":["FB:x"]}""";

    private static Neo4jQueryClient Client(FakeNeo4j neo4j) => new(Connection, neo4j) { Backoff = _ => TimeSpan.Zero };

    [Fact]
    public async Task a_statement_is_posted_to_the_database_s_query_endpoint_with_its_parameters_and_credentials()
    {
        var neo4j = new FakeNeo4j((_, _) => (HttpStatusCode.OK, OneRow, null));
        var rows = await Client(neo4j).RunAsync("MATCH (a:Actor {name: $name}) RETURN a.name AS name, 3 AS n", new { name = "Al Nusrah Front" }, default);

        var request = Assert.Single(neo4j.Requests);
        Assert.Equal((HttpMethod.Post, "/db/graphs/query/v2"), (request.Method, request.Path));
        Assert.Equal("Basic " + Convert.ToBase64String("neo4j:secret"u8.ToArray()), request.Authorization);
        Assert.Equal("MATCH (a:Actor {name: $name}) RETURN a.name AS name, 3 AS n", request.Body!.Value.GetProperty("statement").GetString());
        Assert.Equal("Al Nusrah Front", request.Body!.Value.GetProperty("parameters").GetProperty("name").GetString());
        Assert.Equal("Al Nusrah Front", Assert.Single(rows)["name"].GetString());
        Assert.Equal(3, rows[0]["n"].GetInt32());
    }

    [Fact]
    public async Task an_error_in_the_answer_is_an_exception_with_neo4j_s_code_and_is_not_run_again()
    {
        var neo4j = new FakeNeo4j((_, _) => (HttpStatusCode.BadRequest, """{"errors":[{"code":"Neo.ClientError.Statement.SyntaxError","message":"Invalid input 'MATC'"}]}""", null));
        var error = await Assert.ThrowsAsync<Neo4jException>(() => Client(neo4j).RunAsync("MATC (a) RETURN a", null, default));
        Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.Code);
        Assert.Contains("Invalid input 'MATC'", error.Message);
        Assert.Single(neo4j.Requests);
    }

    [Fact]
    public async Task a_transient_error_is_run_again_until_it_succeeds()
    {
        var calls = 0;
        var neo4j = new FakeNeo4j((_, _) => ++calls < Neo4jQueryClient.Attempts
            ? (HttpStatusCode.BadRequest, """{"errors":[{"code":"Neo.TransientError.Transaction.DeadlockDetected","message":"deadlock"}]}""", null)
            : (HttpStatusCode.OK, OneRow, null));
        var rows = await Client(neo4j).RunAsync("MATCH (a) RETURN a", null, default);
        Assert.Single(rows);
        Assert.Equal(Neo4jQueryClient.Attempts, neo4j.Requests.Count);
    }

    [Fact]
    public async Task a_transient_error_that_persists_is_reported_after_the_last_attempt()
    {
        var neo4j = new FakeNeo4j((_, _) => (HttpStatusCode.ServiceUnavailable, """{"errors":[{"code":"Neo.TransientError.General.DatabaseUnavailable","message":"starting"}]}""", null));
        var error = await Assert.ThrowsAsync<Neo4jException>(() => Client(neo4j).RunAsync("RETURN 1", null, default));
        Assert.True(error.IsTransient);
        Assert.Equal(Neo4jQueryClient.Attempts, neo4j.Requests.Count);
    }

    [Theory]
    [InlineData(HttpStatusCode.Unauthorized, """{"errors":[{"code":"Neo.ClientError.Security.Unauthorized","message":"The client is unauthorized due to authentication failure."}]}""")]
    [InlineData(HttpStatusCode.Unauthorized, "")]
    public async Task a_refused_password_says_which_settings_to_check(HttpStatusCode status, string body)
    {
        var neo4j = new FakeNeo4j((_, _) => (status, body, null));
        var error = await Assert.ThrowsAsync<InputException>(() => Client(neo4j).RunAsync("RETURN 1", null, default));
        Assert.Contains("NEO4J_PASSWORD", error.Message);
    }

    [Fact]
    public async Task an_explicit_transaction_opens_runs_and_commits_echoing_the_cluster_affinity()
    {
        var neo4j = new FakeNeo4j((request, _) => request.RequestUri!.AbsolutePath.EndsWith("/tx", StringComparison.Ordinal)
            ? (HttpStatusCode.Accepted, """{"data":{"fields":["x"],"values":[[1]]},"transaction":{"id":"t42","expires":"2026-11-30T10:00:00Z"}}""", "server-3")
            : (HttpStatusCode.Accepted, """{"data":{"fields":["x"],"values":[[2]]}}""", null));
        var client = Client(neo4j);

        var result = await client.InTransactionAsync(async tx =>
        {
            var first = await tx.RunAsync("RETURN 1 AS x", null, default);
            var second = await tx.RunAsync("RETURN 2 AS x", null, default);
            return first[0]["x"].GetInt32() + second[0]["x"].GetInt32();
        }, default);

        Assert.Equal(3, result);
        Assert.Equal(["/db/graphs/query/v2/tx", "/db/graphs/query/v2/tx/t42", "/db/graphs/query/v2/tx/t42/commit"], neo4j.Requests.Select(r => r.Path).ToArray());
        Assert.Equal(["", "server-3", "server-3"], neo4j.Requests.Select(r => r.Affinity ?? "").ToArray());
    }

    [Fact]
    public async Task a_failed_transaction_is_rolled_back_and_never_committed()
    {
        var neo4j = new FakeNeo4j((request, body) =>
            request.RequestUri!.AbsolutePath.EndsWith("/tx", StringComparison.Ordinal)
                ? (HttpStatusCode.Accepted, """{"data":{"fields":[],"values":[]},"transaction":{"id":"t7"}}""", null)
                : request.Method == HttpMethod.Delete
                    ? (HttpStatusCode.OK, "{}", null)
                    : (HttpStatusCode.BadRequest, """{"errors":[{"code":"Neo.ClientError.Schema.ConstraintValidationFailed","message":"already exists"}]}""", null));
        var client = Client(neo4j);

        await Assert.ThrowsAsync<Neo4jException>(() => client.InTransactionAsync(async tx =>
        {
            await tx.RunAsync("CREATE (a:Actor {name: 'x'})", null, default);
            await tx.RunAsync("CREATE (a:Actor {name: 'x'})", null, default);
            return 0;
        }, default));

        Assert.Equal([HttpMethod.Post, HttpMethod.Post, HttpMethod.Delete], neo4j.Requests.Select(r => r.Method).ToArray());
        Assert.Equal("/db/graphs/query/v2/tx/t7", neo4j.Requests[^1].Path);
        Assert.DoesNotContain(neo4j.Requests, r => r.Path.EndsWith("/commit", StringComparison.Ordinal));
    }

    [Fact]
    public async Task a_document_s_load_is_one_transaction_of_the_store_s_statements_with_cypher_named_parameters()
    {
        var neo4j = new FakeNeo4j((request, body) =>
        {
            var statement = body?.TryGetProperty("statement", out var s) == true ? s.GetString() : null;
            if (statement == Neo4jCypher.Fingerprint)
                return (HttpStatusCode.OK, """{"data":{"fields":["fingerprint"],"values":[]}}""", null);
            if (statement == Neo4jCypher.ReplaceDocument)
                return (HttpStatusCode.Accepted, """{"data":{"fields":["before","mentioned"],"values":[[[],[]]]},"transaction":{"id":"load1"}}""", null);
            return (HttpStatusCode.Accepted, """{"data":{"fields":[],"values":[]}}""", null);
        });
        await using var store = new Neo4jGraphStore(Client(neo4j));
        var result = TestPaths.SeedLexicon.CreateExtractor().Extract(Extraction.DocumentReader.Parse(
            "Clashes\nPublished: 2015-03-10\n\nThe Islamic State attacked Al Nusrah Front positions near Deir ez-Zor yesterday.\n", "clashes.txt"));

        Assert.Equal(Storage.LoadOutcome.Added, await store.LoadAsync(result, "fp1"));

        var statements = neo4j.Requests.Select(r => r.Body?.TryGetProperty("statement", out var s) == true ? s.GetString()! : "(none)").ToList();
        Assert.Equal([Neo4jCypher.Fingerprint, Neo4jCypher.ReplaceDocument, Neo4jCypher.AddEvidence, Neo4jCypher.Summarise, Neo4jCypher.PairEvidence,
            Neo4jCypher.SetValidity, Neo4jCypher.RemoveOrphans, "(none)"], statements);
        Assert.Equal("/db/graphs/query/v2/tx/load1/commit", neo4j.Requests[^1].Path);
        var relation = neo4j.Requests[2].Body!.Value.GetProperty("parameters").GetProperty("relations")[0];
        Assert.Equal("Islamic State|attacked|Al Nusrah Front", relation.GetProperty("key").GetString());
        Assert.Equal("2015-03-09", relation.GetProperty("evidence").GetProperty("date").GetString());
        Assert.Equal("clashes.txt#0", relation.GetProperty("evidence").GetProperty("id").GetString());
    }

    [Fact]
    public async Task a_read_view_counts_by_the_count_store_and_reads_the_dated_span_by_two_ordered_statements()
    {
        var neo4j = new FakeNeo4j((_, body) => body?.GetProperty("statement").GetString() switch
        {
            Neo4jCypher.ViewCounts => (HttpStatusCode.OK, """{"data":{"fields":["documents","evidence"],"values":[[3,11]]}}""", null),
            Neo4jCypher.ViewActorTypes => (HttpStatusCode.OK, """{"data":{"fields":["key","count"],"values":[["armed_group",4],["state",2],[null,1]]}}""", null),
            Neo4jCypher.ViewRelationKinds => (HttpStatusCode.OK, """{"data":{"fields":["key","count"],"values":[["attacked",5],["rival",1]]}}""", null),
            Neo4jCypher.ViewEarliest => (HttpStatusCode.OK, """{"data":{"fields":["date","precision"],"values":[["2014-09","month"]]}}""", null),
            Neo4jCypher.ViewLatest => (HttpStatusCode.OK, """{"data":{"fields":["date","precision"],"values":[]}}""", null),
            var other => (HttpStatusCode.BadRequest, $$"""{"errors":[{"code":"Neo.ClientError.Statement.SyntaxError","message":"unexpected: {{other?.Length}}"}]}""", null),
        });
        await using var store = new Neo4jGraphStore(Client(neo4j));
        await using var view = (await store.OpenReadViewAsync())!;

        var summary = await view.SummaryAsync();
        Assert.Equal((3, 11), (summary.Documents, summary.Evidence));
        Assert.Equal(new Dictionary<Model.ActorType, int> { [Model.ActorType.ArmedGroup] = 4, [Model.ActorType.State] = 2 }, summary.ActorsByType);
        Assert.Equal(new Dictionary<Model.RelationKind, int> { [Model.RelationKind.Attacked] = 5, [Model.RelationKind.Rival] = 1 }, summary.RelationsByKind);

        var (earliest, latest) = await view.DatedSpanAsync();
        Assert.Equal(("2014-09", Model.DatePrecision.Month), (earliest?.ToString(), earliest?.Precision));
        Assert.Null(latest); // no row: no dated evidence
        Assert.Equal("comment", neo4j.Requests[^1].Body!.Value.GetProperty("parameters").GetProperty("comment").GetString());
    }
}
