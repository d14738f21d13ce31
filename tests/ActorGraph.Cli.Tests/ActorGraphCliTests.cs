using System.Text.Json;

namespace ActorGraph.Cli.Tests;

public sealed class ActorGraphCliTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("actorgraph-cli-").FullName;

    private string Db => Path.Combine(_folder, "graph.db");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public void extract_prints_one_json_relation_a_line_with_the_scorer_fields()
    {
        var run = CliRun.Of("extract", "seed/", "--format", "jsonl");
        Assert.Equal(0, run.ExitCode);
        var rows = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.True(rows.Count >= 17);
        string[] fields = ["document", "source", "target", "kind", "date", "date_text", "evidence", "attribution", "claimed_by", "confidence"];
        Assert.All(rows, r => Assert.All(fields, f => Assert.True(r.TryGetProperty(f, out _), $"missing field {f}")));
        Assert.Contains(rows, r => r.GetProperty("source").GetString() == "Al Nusrah Front"
            && r.GetProperty("target").GetString() == "Syrian Revolutionaries' Front"
            && r.GetProperty("kind").GetString() == "attacked"
            && r.GetProperty("date").GetString() == "2014-10"
            && r.GetProperty("date_text").GetString() == "Since late October"
            && r.GetProperty("document").GetString() == "000_16b1e143a013c3da.txt");
    }

    [Fact]
    public void extract_as_json_lists_documents_with_actors_and_relations()
    {
        var run = CliRun.Of("extract", "seed/", "--format", "json");
        Assert.Equal(0, run.ExitCode);
        var document = Assert.Single(JsonDocument.Parse(run.Out).RootElement.EnumerateArray().ToList());
        Assert.Equal("2014-11-06", document.GetProperty("published").GetString());
        Assert.Contains(document.GetProperty("actors").EnumerateArray(), a => a.GetProperty("name").GetString() == "Khorasan Group");
    }

    [Fact]
    public void load_stores_the_seed_and_a_second_load_changes_nothing()
    {
        var first = CliRun.Of("load", "--db", Db);
        Assert.Equal(0, first.ExitCode);
        Assert.Contains("documents: 1 added, 0 replaced, 0 unchanged, 0 skipped", first.Out);

        var second = CliRun.Of("load", "seed", "--db", Db);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("documents: 0 added, 0 replaced, 1 unchanged, 0 skipped", second.Out);
        Assert.Equal(LastLine(first.Out), LastLine(second.Out));
    }

    [Fact]
    public void relations_filters_by_any_alias_and_kind()
    {
        CliRun.Of("load", "--db", Db);
        var run = CliRun.Of("relations", "--db", Db, "--actor", "jabhat al-nusra", "--kind", "allied", "--evidence");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Syrian Revolutionaries' Front", run.Out);
        Assert.Contains("have long been allied", run.Out);
        Assert.DoesNotContain("attacked", run.Out);
    }

    [Fact]
    public void actors_lists_what_the_documents_name()
    {
        CliRun.Of("load", "--db", Db);
        var run = CliRun.Of("actors", "--db", Db, "--type", "coalition");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("US-led coalition", run.Out);
        Assert.DoesNotContain("Islamic State", run.Out);
    }

    [Fact]
    public void an_unknown_actor_is_bad_input_with_exit_code_1()
    {
        CliRun.Of("load", "--db", Db);
        var run = CliRun.Of("relations", "--db", Db, "--actor", "Nobody At All");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no actor named or aliased 'Nobody At All'", run.Error);
    }

    [Theory]
    [InlineData("extract", "--format", "xml")]
    [InlineData("load", "--no-such-option")]
    [InlineData("frobnicate")]
    [InlineData("extract", "--jobs", "0")]
    [InlineData("load", "-j", "none")]
    public void usage_errors_exit_with_code_2(params string[] args)
    {
        var run = CliRun.Of(args);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("actorgraph:", run.Error);
    }

    [Fact]
    public void a_missing_path_is_bad_input_with_exit_code_1()
    {
        var run = CliRun.Of("extract", Path.Combine(_folder, "nowhere"));
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no such file or folder", run.Error);
    }

    [Fact]
    public void a_malformed_lexicon_fails_the_load_naming_file_and_line_and_stores_nothing()
    {
        var lexicon = Directory.CreateDirectory(Path.Combine(_folder, "lexicon")).FullName;
        File.Copy(Path.Combine(CliRun.RepositoryRoot, "seed", "actors.yaml"), Path.Combine(lexicon, "actors.yaml"));
        File.WriteAllText(Path.Combine(lexicon, "relations.yaml"), "cues:\n  - kind: allied\n    patterns: [\"{A} and {B\"]\n");
        var run = CliRun.Of("load", "--db", Db, "--lexicon", lexicon);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("relations.yaml:3", run.Error);
        Assert.False(File.Exists(Db) && new FileInfo(Db).Length > 0 && CliRun.Of("relations", "--db", Db).Out.Contains("allied"));
    }

    [Fact]
    public void a_bad_document_is_skipped_and_reported_while_the_others_load()
    {
        var docs = Directory.CreateDirectory(Path.Combine(_folder, "docs")).FullName;
        File.WriteAllText(Path.Combine(docs, "good.txt"), "Good\nPublished: 2015-03-10\n\nJaish al Islam launched an offensive against the Islamic State.\n");
        File.WriteAllText(Path.Combine(docs, "bad.txt"), "---\ntitle: Bad\npublished: 2015-02-30\n---\nText.\n");
        var run = CliRun.Of("load", docs, "--db", Db);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("1 added", run.Out);
        Assert.Contains("bad.txt:3: field 'published' must be a date", run.Out);
    }

    [Fact]
    public void extract_prints_the_same_on_one_thread_and_on_several()
    {
        var docs = Directory.CreateDirectory(Path.Combine(_folder, "docs")).FullName;
        for (var i = 0; i < 6; i++)
            File.WriteAllText(Path.Combine(docs, $"d{i}.txt"),
                $"Report {i}\nPublished: 2016-03-1{i}\n\nHezbollah clashed with the Islamic State on Sunday. The Taliban attacked al-Shabaab {i} days ago.\n");
        File.WriteAllText(Path.Combine(docs, "d3-bad.txt"), "---\ntitle: Bad\npublished: 2015-02-30\n---\nText.\n");

        var one = CliRun.Of("extract", docs, "--format", "jsonl", "--jobs", "1");
        var three = CliRun.Of("extract", docs, "--format", "jsonl", "-j", "3");

        Assert.Equal(1, one.ExitCode);
        Assert.Equal(12, one.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Equal((one.ExitCode, one.Out, one.Error), (three.ExitCode, three.Out, three.Error));
    }

    [Fact]
    public void a_long_load_reports_its_progress_in_order_before_its_summary()
    {
        var docs = Directory.CreateDirectory(Path.Combine(_folder, "many")).FullName;
        for (var i = 0; i < 40; i++)
            File.WriteAllText(Path.Combine(docs, $"d{i:00}.txt"), $"Report {i}\nPublished: 2016-03-10\n\nHezbollah clashed with the Islamic State {i} days ago.\n");

        var run = CliRun.Of("load", docs, "--db", Db, "-j", "3");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["loaded 10/40 documents", "loaded 20/40 documents", "loaded 30/40 documents", "loaded 40/40 documents"],
            run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.StartsWith("loaded ", StringComparison.Ordinal)));
    }

    private static string LastLine(string text) => text.TrimEnd().Split('\n')[^1];
}
