namespace ActorGraph.Api.Tests;

/// <summary>The loadDocument mutation: guarded by the API key, idempotent, and visible to the next query.</summary>
public sealed class LoadDocumentMutationTests : IAsyncLifetime
{
    private const string Mutation = """
        mutation($doc: DocumentInput!) { loadDocument(document: $doc) { outcome document relations } }
        """;

    private static readonly object Document = new
    {
        doc = new
        {
            key = "notebook-note.txt",
            title = "A note from a notebook",
            published = "2015-03-10",
            text = "A note from a notebook\n\nJaish al Islam launched an offensive against the Islamic State yesterday.\n",
        },
    };

    private readonly ApiFactory _factory = new();
    private HttpClient _client = null!;

    public Task InitializeAsync()
    {
        _client = _factory.CreateClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task loading_needs_the_api_key()
    {
        var (_, missing) = await _client.PostAsync(Mutation, Document);
        Assert.Contains("missing or wrong API key", Assert.Single(missing.Errors()));
        var (_, wrong) = await _client.PostAsync(Mutation, Document, apiKey: "not-the-key-at-all-0000");
        Assert.Contains("missing or wrong API key", Assert.Single(wrong.Errors()));
        var stats = await _client.DataAsync("{ stats { documents } }");
        Assert.Equal(1, stats.GetProperty("stats").GetProperty("documents").GetInt32());
    }

    [Fact]
    public async Task a_loaded_document_is_queryable_and_loading_it_again_changes_nothing()
    {
        var (_, first) = await _client.PostAsync(Mutation, Document, ApiFactory.ApiKey);
        var result = first.GetProperty("data").GetProperty("loadDocument");
        Assert.Equal("ADDED", result.GetProperty("outcome").GetString());
        Assert.Equal(1, result.GetProperty("relations").GetInt32());

        var relation = await _client.DataAsync("""{ relations(actor: "Jaish al Islam") { nodes { kind target { name } evidence { date document { title } } } } }""");
        var node = Assert.Single(relation.GetProperty("relations").GetProperty("nodes").EnumerateArray());
        Assert.Equal("Islamic State", node.GetProperty("target").GetProperty("name").GetString());
        Assert.Equal("2015-03-09", node.GetProperty("evidence")[0].GetProperty("date").GetString());

        var (_, again) = await _client.PostAsync(Mutation, Document, ApiFactory.ApiKey);
        Assert.Equal("UNCHANGED", again.GetProperty("data").GetProperty("loadDocument").GetProperty("outcome").GetString());
        var stats = await _client.DataAsync("{ stats { documents relations } }");
        Assert.Equal(2, stats.GetProperty("stats").GetProperty("documents").GetInt32());
    }

    [Fact]
    public async Task a_document_loaded_again_with_another_sentence_shows_the_new_sentence_not_one_read_before()
    {
        const string query = """{ relations(actor: "Jaish al Islam") { nodes { evidence { sentence explanation } } } }""";
        await _client.PostAsync(Mutation, Document, ApiFactory.ApiKey);
        var before = await _client.DataAsync(query);
        Assert.Contains("launched an offensive", before.GetProperty("relations").GetProperty("nodes")[0].GetProperty("evidence")[0].GetProperty("sentence").GetString());
        await _client.DataAsync(query); // shown twice: its text is kept for this graph

        var rewritten = new { doc = new { key = "notebook-note.txt", title = "A note from a notebook", published = "2015-03-10",
            text = "A note from a notebook\n\nJaish al Islam fighters attacked the Islamic State near Douma yesterday.\n" } };
        var (_, changed) = await _client.PostAsync(Mutation, rewritten, ApiFactory.ApiKey);
        Assert.Equal("REPLACED", changed.GetProperty("data").GetProperty("loadDocument").GetProperty("outcome").GetString());
        var after = await _client.DataAsync(query);
        var evidence = Assert.Single(after.GetProperty("relations").GetProperty("nodes").EnumerateArray()).GetProperty("evidence");
        Assert.Contains("near Douma", Assert.Single(evidence.EnumerateArray()).GetProperty("sentence").GetString());
    }

    [Theory]
    [InlineData("../escape.txt", "some text", "2015-03-10", "must be a file name")]
    [InlineData("note.txt", "some text", "10 March", "document.published must be a date written YYYY-MM-DD")]
    [InlineData("note.txt", "---\ntitle: x\n", null, "front matter")]
    public async Task bad_documents_are_errors_that_name_the_field(string key, string text, string? published, string message)
    {
        var (_, body) = await _client.PostAsync(Mutation, new { doc = new { key, text, published } }, ApiFactory.ApiKey);
        Assert.Contains(message, Assert.Single(body.Errors()));
    }

    [Fact]
    public async Task a_web_page_or_a_file_in_base64_loads_as_its_key_s_ending_says()
    {
        const string page = """
            <html><head><meta property="og:title" content="Clashes in the east"><meta property="article:published_time" content="2015-03-10T08:00:00Z"></head>
            <body><nav><a>Home</a> <a>The Islamic State attacked Al Nusrah Front in Raqqa on Monday.</a></nav>
            <article><p>Jaish al Islam launched an offensive against the Islamic State yesterday.</p></article></body></html>
            """;
        var (_, html) = await _client.PostAsync(Mutation, new { doc = new { key = "clashes.html", text = page } }, ApiFactory.ApiKey);
        Assert.Equal(1, html.GetProperty("data").GetProperty("loadDocument").GetProperty("relations").GetInt32());
        var documents = await _client.DataAsync("""{ documents(first: 10) { nodes { key title published } } }""");
        var stored = documents.GetProperty("documents").GetProperty("nodes").EnumerateArray().Single(d => d.GetProperty("key").GetString() == "clashes.html");
        Assert.Equal("Clashes in the east", stored.GetProperty("title").GetString());
        Assert.Equal("2015-03-10", stored.GetProperty("published").GetString());

        var text = "A note\nPublished: 2015-03-10\n\nJaish al Islam launched an offensive against the Islamic State yesterday.\n";
        var (_, encoded) = await _client.PostAsync(Mutation, new { doc = new { key = "note.txt", base64 = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(text)) } }, ApiFactory.ApiKey);
        Assert.Equal("ADDED", encoded.GetProperty("data").GetProperty("loadDocument").GetProperty("outcome").GetString());

        var (_, broken) = await _client.PostAsync(Mutation, new { doc = new { key = "report.pdf", base64 = Convert.ToBase64String("not a pdf"u8.ToArray()) } }, ApiFactory.ApiKey);
        Assert.Contains("not a readable PDF", Assert.Single(broken.Errors()));
    }
}
