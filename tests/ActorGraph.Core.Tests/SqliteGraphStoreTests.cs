using ActorGraph.Core.Storage;
using ActorGraph.Core.Storage.Sqlite;

namespace ActorGraph.Core.Tests;

public sealed class SqliteGraphStoreTests : GraphStoreContractTests, IDisposable
{
    private readonly TempFolder _folder = TestPaths.NewTempFolder();

    private string DatabasePath => Path.Combine(_folder.Path, "graph.db");

    protected override Task<IGraphStore> CreateStoreAsync() => Task.FromResult<IGraphStore>(new SqliteGraphStore(DatabasePath));

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task the_graph_survives_closing_and_reopening_the_file()
    {
        await Store.LoadAsync(Extract("a.txt", "Jaish al Islam launched an offensive against the Islamic State."), "fp");
        await Store.DisposeAsync();
        await using var reopened = new SqliteGraphStore(DatabasePath);
        await reopened.InitializeAsync();
        Assert.Single(await reopened.GetRelationsAsync());
    }

    [Fact]
    public async Task a_file_that_is_not_a_store_is_reported_as_bad_input()
    {
        var path = _folder.File("not-a-db.db", "this is plain text, not SQLite, and long enough to have a header of sorts");
        await using var store = new SqliteGraphStore(path);
        var e = await Assert.ThrowsAsync<InputException>(() => store.InitializeAsync());
        Assert.Contains("not-a-db.db", e.Message);
    }

    [Fact]
    public async Task a_bad_document_is_skipped_while_the_others_load()
    {
        var good = _folder.File("docs/good.txt", "Good\nPublished: 2015-03-10\n\nJaish al Islam launched an offensive against the Islamic State.\n");
        var bad = _folder.File("docs/bad.txt", "---\ntitle: Bad\npublished: someday\n---\nHezbollah attacked Ahrar al Sham.\n");
        var summary = await new GraphLoader(Store, TestPaths.SeedLexicon).LoadFilesAsync([bad, good]);
        Assert.Equal(1, summary.Added);
        var reason = Assert.Single(summary.Skipped);
        Assert.Contains("bad.txt:3", reason);
        Assert.Equal(1, summary.After.Documents);
    }

    [Fact]
    public async Task a_changed_lexicon_rereads_documents_without_duplicating_them()
    {
        var file = _folder.File("docs/a.txt", "A\nPublished: 2015-03-10\n\nJaish al Islam launched an offensive against the Islamic State.\n");
        var lexicon = TestPaths.SeedLexicon;
        await new GraphLoader(Store, lexicon).LoadFilesAsync([file]);
        var summary = await new GraphLoader(Store, lexicon with { Fingerprint = "edited" }).LoadFilesAsync([file]);
        Assert.Equal(1, summary.Replaced);
        Assert.Equal(1, summary.After.Relations);
        Assert.Equal(1, summary.After.Evidence);
    }
}
