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

    [Fact]
    public async Task special_files_looping_links_and_same_names_are_skipped_with_their_reason()
    {
        using var folder = TestPaths.NewTempFolder();
        var good = "Title\nPublished: 2015-01-01\n\nThe Islamic State attacked the Free Syrian Army yesterday.\n";
        folder.File("docs/a.txt", good);
        folder.File("docs/sub/a.txt", good.Replace("yesterday", "on Monday", StringComparison.Ordinal));
        folder.File("docs/empty.txt", "");
        var docs = Path.Combine(folder.Path, "docs");
        Directory.CreateSymbolicLink(Path.Combine(docs, "loop"), docs);
        Directory.CreateSymbolicLink(Path.Combine(docs, "sub", "up"), docs);
        File.CreateSymbolicLink(Path.Combine(docs, "zero.txt"), "/dev/zero");
        var fifo = MakeFifo(Path.Combine(docs, "pipe.txt"));
        await using var store = new SqliteGraphStore(Path.Combine(folder.Path, "graph.db"));
        await store.InitializeAsync();

        var files = DocumentFiles.Expand([docs]);
        var summary = await new GraphLoader(store, TestPaths.SeedLexicon).LoadFilesAsync(files);

        Assert.Equal(fifo ? 5 : 4, files.Count); // a.txt, sub/a.txt, empty.txt, zero.txt (+ pipe.txt): each folder read once
        Assert.Equal(1, summary.Added);
        Assert.Contains(summary.Skipped, s => s.Contains("sub/a.txt: has the same file name as", StringComparison.Ordinal));
        Assert.Contains(summary.Skipped, s => s.Contains("empty.txt: empty", StringComparison.Ordinal));
        Assert.Contains(summary.Skipped, s => s.Contains("zero.txt: not a regular file but /dev/zero", StringComparison.Ordinal));
        if (fifo)
            Assert.Contains(summary.Skipped, s => s.Contains("pipe.txt: empty, or not a regular file", StringComparison.Ordinal));
    }

    [Fact]
    public async Task a_document_over_the_size_limit_is_skipped_and_one_read_in_part_says_so()
    {
        using var folder = TestPaths.NewTempFolder();
        folder.File("docs/big.txt", "Title\nPublished: 2015-01-01\n\n" + string.Concat(Enumerable.Repeat("The Islamic State attacked the Free Syrian Army yesterday. ", 400)));
        folder.File("docs/long.txt", "Title\nPublished: 2015-01-01\n\n" + string.Concat(Enumerable.Repeat("the Islamic State attacked the Free Syrian Army and ", 200)) + "\n");
        await using var store = new SqliteGraphStore(Path.Combine(folder.Path, "graph.db"));
        await store.InitializeAsync();
        var limits = new ExtractionLimits(MaxDocumentBytes: 20_000, MaxSentenceChars: 300, MaxRelationsPerDocument: 20_000);

        var summary = await new GraphLoader(store, TestPaths.SeedLexicon, limits).LoadFilesAsync(DocumentFiles.Expand([Path.Combine(folder.Path, "docs")]));

        Assert.Contains(summary.Skipped, s => s.Contains("big.txt: 23,", StringComparison.Ordinal) && s.Contains("over the limit of 20,000", StringComparison.Ordinal));
        Assert.Contains(summary.Notes, n => n.Contains("long.txt: 1 sentence was longer than 300 characters and read in pieces", StringComparison.Ordinal));
        Assert.All((await store.GetRelationsAsync()).SelectMany(r => r.Evidence), e => Assert.True(e.Evidence.Sentence.Length <= 300));
    }

    [Fact]
    public async Task documents_extracted_on_several_threads_are_stored_and_reported_as_one_thread_stores_them()
    {
        using var folder = TestPaths.NewTempFolder();
        string[] actors = ["the Islamic State", "the Free Syrian Army", "Hezbollah", "al-Shabaab", "the Taliban", "Ahrar al-Sham"];
        string[] verbs = ["attacked", "is allied with", "clashed with", "pledged allegiance to"];
        for (var i = 0; i < 24; i++)
        {
            var body = string.Join("\n\n", Enumerable.Range(0, 1 + i % 5).Select(k =>
                $"{Capital(actors[(i + k) % actors.Length])} {verbs[(i * k) % verbs.Length]} {actors[(i + k + 1) % actors.Length]} on Sunday."));
            folder.File($"docs/d{i:00}.txt", $"Report {i}\nPublished: 2016-0{1 + i % 9}-1{i % 10}\n\n{body}\n");
        }
        folder.File("docs/d05-bad.txt", "---\ntitle: Bad\npublished: 2015-02-30\n---\nText.\n");
        folder.File("docs/d17-bad.txt", "---\ntitle: [Draft\n---\nText.\n");
        var files = DocumentFiles.Expand([Path.Combine(folder.Path, "docs")]);

        async Task<(LoadSummary Summary, string Graph)> LoadAsync(string name, int jobs)
        {
            await using var store = new SqliteGraphStore(Path.Combine(folder.Path, name));
            await store.InitializeAsync();
            var summary = await new GraphLoader(store, TestPaths.SeedLexicon, jobs: jobs).LoadFilesAsync(files);
            var documents = (await store.GetDocumentsAsync()).Select(d => $"{d.Key} {d.Published}");
            var relations = (await store.GetRelationsAsync()).Select(r =>
                $"{r.Source} {r.Kind} {r.Target}: " + string.Join(" / ", r.Evidence.Select(e => $"#{e.Id} {e.Evidence.DocumentKey} {e.Evidence.Sentence} {e.Evidence.Date}")));
            return (summary, string.Join("\n", documents.Concat(relations)));
        }

        var (one, oneGraph) = await LoadAsync("one.db", jobs: 1);
        var (four, fourGraph) = await LoadAsync("four.db", jobs: 4);

        Assert.Equal(24, one.Added);
        Assert.True(one.RelationsFound > 40);
        Assert.Equal(oneGraph, fourGraph);
        Assert.Equal((one.Added, one.RelationsFound, one.After), (four.Added, four.RelationsFound, four.After));
        Assert.Equal(one.Skipped, four.Skipped);
        Assert.Equal(["d05-bad.txt", "d17-bad.txt"], four.Skipped.Select(s => Path.GetFileName(s[..s.IndexOf(':', StringComparison.Ordinal)])));
    }

    private static string Capital(string name) => char.ToUpperInvariant(name[0]) + name[1..];

    /// <summary>A named pipe, made with mkfifo(1) where it exists; false where it cannot be made.</summary>
    private static bool MakeFifo(string path)
    {
        try
        {
            using var process = System.Diagnostics.Process.Start("mkfifo", path);
            process.WaitForExit();
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
