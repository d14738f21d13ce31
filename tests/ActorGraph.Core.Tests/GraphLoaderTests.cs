using ActorGraph.Core.Extraction;
using ActorGraph.Core.Storage;
using ActorGraph.Core.Storage.Sqlite;

namespace ActorGraph.Core.Tests;

/// <summary>A load goes on past documents that cannot be read; every one is loaded or skipped with its reason.</summary>
public sealed class GraphLoaderTests
{
    [Fact]
    public async Task one_bad_document_never_ends_a_load_run()
    {
        using var folder = TestPaths.NewTempFolder();
        var good = "Title\nPublished: 2015-01-01\n\nThe Islamic State attacked the Free Syrian Army yesterday.\n";
        folder.File("docs/a-palmyra.txt", "Title\nPublished: 2015-01-01\n\nThe Islamic State attacked Palmyra, a city founded 4000 years ago.\n");
        folder.File("docs/b-draft.txt", "---\ntitle: [Draft\nsource: x\nauthor: y\n---\nBody.\n");
        folder.File("docs/c-deep.txt", "---\ntitle: " + new string('[', 50_000) + "\n---\nBody.\n");
        folder.File("docs/d-year-one.txt", "Title\nPublished: 0001-01-01\n\nThe Islamic State attacked the Free Syrian Army yesterday.\n");
        folder.File("docs/e-good.txt", good);
        await using var store = new SqliteGraphStore(Path.Combine(folder.Path, "graph.db"));
        await store.InitializeAsync();

        var summary = await new GraphLoader(store, TestPaths.SeedLexicon).LoadFilesAsync(DocumentFiles.Expand([Path.Combine(folder.Path, "docs")]));

        Assert.Equal(3, summary.Added);
        Assert.Equal(2, summary.Skipped.Count);
        Assert.Contains(summary.Skipped, s => s.Contains("b-draft.txt:2:") && s.Contains("not valid YAML"));
        Assert.Contains(summary.Skipped, s => s.Contains("c-deep.txt:2:") && s.Contains("levels deep"));
        Assert.Equal(3, summary.After.Documents);
    }
}
