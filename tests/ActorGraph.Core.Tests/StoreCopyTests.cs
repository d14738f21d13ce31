using ActorGraph.Core.Extraction;
using ActorGraph.Core.Storage;
using ActorGraph.Core.Storage.Sqlite;

namespace ActorGraph.Core.Tests;

/// <summary>Copying the embedded store into another store (Neo4j in use; any store here) gives the same graph, and a second copy sends nothing.</summary>
public sealed class StoreCopyTests : IDisposable
{
    private readonly TempFolder _folder = TestPaths.NewTempFolder();

    public void Dispose() => _folder.Dispose();

    private static async Task<List<string>> GraphAsync(IGraphStore store) =>
        (await store.GetRelationsAsync()).Select(r =>
            $"{r.Source} -{r.Kind}-> {r.Target} [{r.FirstSeen}..{r.LastSeen}] {string.Join(" / ", r.Evidence.Select(e => $"{e.Document.Key}:{e.Evidence.SentenceIndex}:{e.Evidence.Attribution}:{e.Evidence.Sentence}"))}")
            .ToList();

    [Fact]
    public async Task the_copy_holds_the_same_relations_evidence_and_documents_and_a_second_copy_changes_nothing()
    {
        _folder.File("docs/extra.txt", "Clashes\nPublished: 2015-03-10\n\nThe Islamic State attacked Al Nusrah Front positions near Deir ez-Zor yesterday.\n");
        await using var from = new SqliteGraphStore(Path.Combine(_folder.Path, "from.db"));
        await from.InitializeAsync();
        await new GraphLoader(from, TestPaths.SeedLexicon).LoadFilesAsync(DocumentFiles.Expand([TestPaths.SeedFolder, Path.Combine(_folder.Path, "docs")]));
        await using var to = new SqliteGraphStore(Path.Combine(_folder.Path, "to.db"));

        var first = await StoreCopy.CopyAsync(from, to);
        var second = await StoreCopy.CopyAsync(from, to);

        Assert.Equal((2, 0, 0), (first.Added, first.Replaced, first.Unchanged));
        Assert.Equal((0, 0, 2), (second.Added, second.Replaced, second.Unchanged));
        Assert.Equal(await GraphAsync(from), await GraphAsync(to));
        Assert.Equal(await from.CountAsync(), await to.CountAsync());
        Assert.Equal((await from.FindActorAsync("JN"))?.Name, (await to.FindActorAsync("JN"))?.Name);
    }
}
