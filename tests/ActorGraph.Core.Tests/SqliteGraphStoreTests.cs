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
    public async Task reads_beside_a_running_load_see_every_document_whole_or_not_at_all()
    {
        // Each document gives the same 40 relations: whatever a reader sees, evidence is 40 per document.
        var body = string.Join("\n\n", Enumerable.Range(0, 40).Select(i => $"The Islamic State attacked the Free Syrian Army on day {i}."));
        var documents = Enumerable.Range(0, 15).Select(i => Extract($"d{i}.txt", body)).ToList();
        Assert.All(documents, d => Assert.Equal(40, d.Relations.Count));
        var loading = Task.Run(async () =>
        {
            foreach (var document in documents)
                await Store.LoadAsync(document, "fp");
        });
        var seen = new List<GraphCounts>();
        var readers = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            do // at least once, even when the load ends before this reader starts (a busy machine)
            {
                var counts = await Store.CountAsync();
                lock (seen)
                    seen.Add(counts);
            }
            while (!loading.IsCompleted);
        })).ToList();
        await loading;
        await Task.WhenAll(readers);

        Assert.NotEmpty(seen);
        Assert.All(seen, c => Assert.Equal(c.Documents * 40, c.Evidence));
        Assert.Equal(15 * 40, (await Store.CountAsync()).Evidence);
    }

    [Fact]
    public async Task relations_read_without_text_keep_it_on_disk_until_asked_for()
    {
        await Store.LoadAsync(Extract("a.txt", "Jaish al Islam launched an offensive against the Islamic State."), "fp");
        var lean = Assert.Single(Assert.Single(await Store.GetRelationsAsync(withText: false)).Evidence);
        Assert.False(lean.HasText);
        Assert.True(lean.Id > 0);
        var text = (await Store.GetEvidenceTextAsync([lean.Id]))[lean.Id];
        var full = Assert.Single(Assert.Single(await Store.GetRelationsAsync()).Evidence);
        Assert.Equal((full.Evidence.Sentence, full.Evidence.Explanation), text);
        Assert.StartsWith("Jaish al Islam launched", text.Sentence, StringComparison.Ordinal);
        Assert.Equal(full.Evidence with { Sentence = "", Explanation = "" }, lean.Evidence);
    }

    [Fact]
    public async Task the_change_stamp_moves_with_every_commit_from_any_connection()
    {
        var sqlite = (SqliteGraphStore)Store;
        var before = await sqlite.ChangeStampAsync();
        Assert.Equal(before, await sqlite.ChangeStampAsync());
        await Store.LoadAsync(Extract("a.txt", "Jaish al Islam launched an offensive against the Islamic State."), "fp");
        var afterOwn = await sqlite.ChangeStampAsync();
        Assert.NotEqual(before, afterOwn);
        await using (var other = new SqliteGraphStore(DatabasePath))
        {
            await other.InitializeAsync();
            await other.LoadAsync(Extract("b.txt", "Hezbollah attacked the Nusra Front."), "fp");
        }
        Assert.NotEqual(afterOwn, await sqlite.ChangeStampAsync());
    }

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
