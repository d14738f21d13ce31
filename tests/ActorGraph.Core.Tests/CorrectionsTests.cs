using ActorGraph.Core.Corrections;
using ActorGraph.Core.Extraction;
using ActorGraph.Core.Graph;
using ActorGraph.Core.Model;
using ActorGraph.Core.Storage;
using ActorGraph.Core.Storage.Sqlite;

namespace ActorGraph.Core.Tests;

/// <summary>Analysts' corrections: kept in corrections.yaml, applied over every read, surviving every reload.</summary>
public sealed class CorrectionsTests : IDisposable
{
    private const string Nusrah = "Al Nusrah Front";
    private const string Srf = "Syrian Revolutionaries' Front";
    private static readonly DateTimeOffset When = new(2026, 11, 30, 10, 0, 0, TimeSpan.Zero);

    private readonly TempFolder _folder = TestPaths.NewTempFolder();

    public void Dispose() => _folder.Dispose();

    private string CorrectionsPath => Path.Combine(_folder.Path, CorrectionsFile.FileName);

    private static Correction Entry(CorrectionKind kind, string subject, string why = "checked against the source") => new(kind, subject, "alice", When, why);

    private async Task<SqliteGraphStore> SeedStoreAsync(string name, string? seedFolder = null)
    {
        var store = new SqliteGraphStore(Path.Combine(_folder.Path, name));
        await store.InitializeAsync();
        await new GraphLoader(store, TestPaths.SeedLexicon).LoadFilesAsync(DocumentFiles.Expand([seedFolder ?? TestPaths.SeedFolder]));
        return store;
    }

    private static async Task<string> SentenceAsync(IGraphStore store, string source, RelationKind kind, string target, string containing) =>
        (await store.GetRelationsAsync(source, kind)).Single(r => r.Target == target).Evidence.Select(e => e.Evidence.Sentence).First(s => s.Contains(containing, StringComparison.Ordinal));

    /// <summary>The graph as a reader sees it: actors with aliases and types, relations with their accepted evidence.</summary>
    private static List<string> Describe(GraphSnapshot snapshot) =>
    [
        .. snapshot.Actors.Where(a => a.Relations > 0).Select(a => $"{a.Name} ({a.Type}) aka {string.Join(", ", a.Aliases)} merged {string.Join(", ", a.MergedFrom)}"),
        .. snapshot.Edges.Select(e => $"{e.Id} x{e.Relation.Evidence.Count} rejected {e.Relation.RejectedEvidence.Count} [{e.ValidFrom}..{e.ValidTo}]"),
    ];

    [Fact]
    public void entries_are_written_and_read_back_whatever_their_text()
    {
        var awkward = "He said: \"no\" \\ then\nleft: #1 - 'x' [y] {z} & *a";
        var entries = new[]
        {
            Entry(CorrectionKind.Merge, "Khorasan Group", awkward) with { Into = Nusrah },
            Entry(CorrectionKind.RejectEvidence, $"{Nusrah}|attacked|{Srf}") with { Document = "doc.txt", Sentence = awkward },
            Entry(CorrectionKind.Assert, "Islamic State") with { Value = "attacked", Target = Nusrah, Date = "2014-10", OutsideSource = "UN report S/2015/123, p. 4" },
            Entry(CorrectionKind.Alias, Nusrah) with { Value = "Nusra lot", Remove = true },
            Entry(CorrectionKind.Note, Srf) with { Value = awkward },
        };
        var text = string.Concat(entries.Select(CorrectionsFile.Write));

        var read = CorrectionsFile.Parse(text, "corrections.yaml");

        Assert.Equal(entries, read.Select(e => e with { Line = 0 }));
        Assert.Equal(1, read[0].Line);
    }

    [Theory]
    [InlineData("- merge: \"A\"\n  by: \"x\"\n", 1, "needs 'into'")]
    [InlineData("- merge: \"A\"\n  into: \"B\"\n- colour: \"red\"\n", 3, "starts with one of")]
    [InlineData("- alias: \"A\"\n  add: \"B\"\n  wat: 1\n", 1, "unknown field 'wat'")]
    [InlineData("- assert: \"attacked\"\n  source: \"A\"\n  target: \"B\"\n", 1, "points at a 'document' and its 'sentence'")]
    [InlineData("- assert: \"attacked\"\n  source: \"A\"\n  target: \"B\"\n  outside-source: \"x\"\n  date: \"last year\"\n", 1, "'date' must be")]
    [InlineData("merge: A\n", 1, "must be a list")]
    public void a_broken_file_names_its_line_and_what_is_wrong(string text, int line, string problem)
    {
        var error = Assert.Throws<InputException>(() => CorrectionsFile.Parse(text, "corrections.yaml"));
        Assert.Equal(line, error.Line);
        Assert.Contains(problem, error.Message);
    }

    [Fact]
    public async Task corrections_of_every_kind_give_the_same_graph_on_a_store_rebuilt_from_scratch()
    {
        await using var first = await SeedStoreAsync("first.db");
        var wrong = await SentenceAsync(first, Nusrah, RelationKind.Attacked, Srf, "late October");
        foreach (var entry in new[]
        {
            Entry(CorrectionKind.Merge, "Khorasan Group") with { Into = Nusrah },
            Entry(CorrectionKind.Rename, "SRF") with { Into = "Syrian Revolutionaries Front (SRF)" },
            Entry(CorrectionKind.Type, "Jamal Maarouf") with { Value = "person" },
            Entry(CorrectionKind.Alias, Nusrah) with { Value = "the Front" },
            Entry(CorrectionKind.RejectEvidence, $"{Nusrah}|attacked|{Srf}") with { Document = "000_16b1e143a013c3da.txt", Sentence = wrong },
            Entry(CorrectionKind.RejectRelation, "US-led coalition|attacked|Islamic State"),
            Entry(CorrectionKind.Assert, "Islamic State") with { Value = "attacked", Target = "SRF", Date = "2014-11-01", OutsideSource = "an analyst's field notes" },
            Entry(CorrectionKind.Note, "Islamic State") with { Value = "check against the December report" },
        })
            await CorrectionsFile.AppendAsync(CorrectionsPath, entry);
        var corrections = CorrectionsFile.Load(CorrectionsPath);
        var corrected = await GraphSnapshot.LoadAsync(first, corrections: corrections);

        // Each kind did what it says.
        var nusrah = corrected.FindActor("Khorasan group")!;
        Assert.Equal(Nusrah, nusrah.Name);
        Assert.Contains("Khorasan Group", nusrah.MergedFrom);
        Assert.Equal("Syrian Revolutionaries Front (SRF)", corrected.FindActor("SRF")!.Name);
        Assert.Equal(ActorType.Person, corrected.FindActor("Jamal Maarouf")!.Type);
        Assert.Equal(Nusrah, corrected.FindActor("the Front")!.Name);
        var attack = corrected.EdgesOf(Nusrah, GraphFilter.All).Single(e => e.Id == $"{Nusrah}|attacked|Syrian Revolutionaries Front (SRF)");
        Assert.Single(attack.Relation.RejectedEvidence);
        Assert.DoesNotContain(corrected.Edges, e => e.Source == "US-led coalition" && e.Target == "Islamic State" && e.Kind == RelationKind.Attacked);
        Assert.Contains(corrected.Edges, e => e.Id == "Islamic State|attacked|Syrian Revolutionaries Front (SRF)" && e.Relation.Corrections.Count == 1);
        Assert.Contains(corrected.EdgesOf(Nusrah, GraphFilter.All), e => e.Relation.Corrections.Any(c => c.Contains("Khorasan Group", StringComparison.Ordinal)));
        Assert.Empty(corrected.StaleCorrections);

        // A store rebuilt from the documents, the same file: the same graph.
        await using var rebuilt = await SeedStoreAsync("rebuilt.db");
        Assert.Equal(Describe(corrected), Describe(await GraphSnapshot.LoadAsync(rebuilt, corrections: CorrectionsFile.Load(CorrectionsPath))));
        Assert.NotEqual(Describe(corrected), Describe(await GraphSnapshot.LoadAsync(rebuilt)));
    }

    [Fact]
    public async Task a_rejected_sentence_whose_document_changed_is_reported_stale()
    {
        var seed = Path.Combine(_folder.Path, "seed");
        Directory.CreateDirectory(seed);
        var article = Directory.GetFiles(TestPaths.SeedFolder, "*.txt").Single();
        File.Copy(article, Path.Combine(seed, Path.GetFileName(article)));
        await using var store = await SeedStoreAsync("stale.db", seed);
        var wrong = await SentenceAsync(store, Nusrah, RelationKind.Attacked, Srf, "late October");
        await CorrectionsFile.AppendAsync(CorrectionsPath, Entry(CorrectionKind.RejectEvidence, $"{Nusrah}|attacked|{Srf}") with { Document = Path.GetFileName(article), Sentence = wrong });
        Assert.Empty((await GraphSnapshot.LoadAsync(store, corrections: CorrectionsFile.Load(CorrectionsPath))).StaleCorrections);

        // The article is edited: the sentence now says something else, and the load replaces it.
        var edited = File.ReadAllText(article).Replace(wrong, wrong.Replace("Since late October", "Since early October", StringComparison.Ordinal), StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(seed, Path.GetFileName(article)), edited);
        await new GraphLoader(store, TestPaths.SeedLexicon).LoadFilesAsync(DocumentFiles.Expand([seed]));

        var after = await GraphSnapshot.LoadAsync(store, corrections: CorrectionsFile.Load(CorrectionsPath));
        var stale = Assert.Single(after.StaleCorrections);
        Assert.Contains("no longer has that sentence", stale.Reason);
        Assert.Equal(3, stale.Entry.Line);
    }

    [Fact]
    public async Task corrections_from_two_clients_at_once_lose_none()
    {
        async Task Client(string who) =>
            await Parallel.ForEachAsync(Enumerable.Range(0, 25), async (i, token) =>
                await CorrectionsFile.AppendAsync(CorrectionsPath, new Correction(CorrectionKind.Note, Nusrah, who, When, "", Value: $"{who} note {i}"), cancellationToken: token));

        await Task.WhenAll(Client("alice"), Client("bob"));

        var notes = CorrectionsFile.Load(CorrectionsPath).Select(e => e.Value).ToList();
        Assert.Equal(50, notes.Count);
        Assert.Equal(50, notes.Distinct().Count());
        Assert.Empty(Directory.GetFiles(_folder.Path, "*.tmp"));
    }

    [Fact]
    public async Task removing_an_entry_keeps_the_others_and_the_comments()
    {
        await File.WriteAllTextAsync(CorrectionsPath, "# our team's corrections\n");
        await CorrectionsFile.AppendAsync(CorrectionsPath, Entry(CorrectionKind.Merge, "Khorasan Group") with { Into = Nusrah });
        await CorrectionsFile.AppendAsync(CorrectionsPath, Entry(CorrectionKind.Type, "Jamal Maarouf") with { Value = "person" });

        var removed = await CorrectionsFile.RemoveAsync(CorrectionsPath, 0);

        Assert.Equal(CorrectionKind.Merge, removed.Kind);
        Assert.Equal(CorrectionKind.Type, Assert.Single(CorrectionsFile.Load(CorrectionsPath)).Kind);
        Assert.StartsWith("# our team's corrections\n", await File.ReadAllTextAsync(CorrectionsPath));
    }

    [Fact]
    public async Task an_entry_that_conflicts_with_what_the_file_holds_is_refused_and_nothing_written()
    {
        await CorrectionsFile.AppendAsync(CorrectionsPath, Entry(CorrectionKind.Merge, "Khorasan Group") with { Into = Nusrah });
        var before = await File.ReadAllTextAsync(CorrectionsPath);
        var error = await Assert.ThrowsAsync<InputException>(() => CorrectionsFile.AppendAsync(CorrectionsPath,
            Entry(CorrectionKind.Merge, "Khorasan Group") with { Into = Nusrah }, existing => existing.Count > 0 ? "already recorded" : null));
        Assert.Contains("already recorded", error.Message);
        Assert.Equal(before, await File.ReadAllTextAsync(CorrectionsPath));
    }
}
