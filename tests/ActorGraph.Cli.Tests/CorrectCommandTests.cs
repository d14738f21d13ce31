namespace ActorGraph.Cli.Tests;

public sealed class CorrectCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("actorgraph-correct-").FullName;

    private string Db => Path.Combine(_folder, "graph.db");

    private string Corrections => Path.Combine(_folder, "corrections.yaml");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public void a_merge_is_recorded_beside_the_store_shown_by_every_command_and_survives_a_rebuilt_store()
    {
        CliRun.Of("load", "--db", Db);
        var merge = CliRun.Of("correct", "merge", "--from", "Khorasan group", "--into", "JN", "--why", "the same people", "--by", "alice", "--db", Db);
        Assert.Equal(0, merge.ExitCode);
        Assert.Contains($"{Corrections}:3: merge 'Khorasan Group' into 'Al Nusrah Front' (alice", merge.Out);

        var relations = CliRun.Of("relations", "--actor", "Khorasan Group", "--kind", "attacked", "--db", Db);
        Assert.Contains("United States     attacked  Al Nusrah Front", relations.Out);
        Assert.Contains("(merged: Khorasan Group)", CliRun.Of("actors", "--search", "nusrah", "--db", Db).Out);

        // The store is deleted and rebuilt from the documents: the corrections file still applies.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(Db);
        CliRun.Of("load", "--db", Db);
        Assert.Contains("United States     attacked  Al Nusrah Front", CliRun.Of("relations", "--actor", "Khorasan Group", "--kind", "attacked", "--db", Db).Out);
        var check = CliRun.Of("corrections", "check", "--db", Db);
        Assert.Equal(0, check.ExitCode);
        Assert.Contains("1 corrections, 0 matching nothing", check.Out);
    }

    [Fact]
    public void a_rejected_relation_leaves_the_listing_and_removing_the_entry_brings_it_back()
    {
        CliRun.Of("load", "--db", Db);
        Assert.Contains("Khorasan Group", CliRun.Of("relations", "--kind", "attacked", "--db", Db).Out);

        Assert.Equal(0, CliRun.Of("correct", "reject", "--relation", "United States|attacked|Khorasan Group", "--why", "the strikes were the coalition's", "--db", Db).ExitCode);
        Assert.DoesNotContain("Khorasan Group", CliRun.Of("relations", "--kind", "attacked", "--db", Db).Out);
        Assert.Contains("1. relation United States|attacked|Khorasan Group rejected", CliRun.Of("corrections", "list", "--db", Db).Out);

        Assert.Equal(0, CliRun.Of("corrections", "remove", "1", "--db", Db).ExitCode);
        Assert.Contains("Khorasan Group", CliRun.Of("relations", "--kind", "attacked", "--db", Db).Out);
    }

    [Theory]
    [InlineData(new[] { "reject", "--relation", "Al Nusrah Front|attacked|SRF", "--document", "000_16b1e143a013c3da.txt", "--sentence", "Not in the article." }, "no longer has that sentence")]
    [InlineData(new[] { "merge", "--from", "Nusra", "--into", "JN" }, "already one actor")]
    [InlineData(new[] { "merge", "--from", "Nobody Brigade", "--into", "JN" }, "no actor named or aliased 'Nobody Brigade'")]
    [InlineData(new[] { "alias", "--actor", "JN", "--add", "ISIS" }, "'ISIS' already names 'Islamic State'")]
    [InlineData(new[] { "assert", "--source", "ISIS", "--kind", "attacked", "--target", "SRF" }, "give the document and its sentence, or an outside source")]
    public void a_correction_that_matches_nothing_is_refused_and_not_written(string[] args, string message)
    {
        CliRun.Of("load", "--db", Db);
        var run = CliRun.Of(["correct", .. args, "--db", Db]);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains(message, run.Error);
        Assert.False(File.Exists(Corrections));
    }
}
