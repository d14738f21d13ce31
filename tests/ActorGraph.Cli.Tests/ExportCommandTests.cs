using System.Text.Json;

namespace ActorGraph.Cli.Tests;

public sealed class ExportCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("actorgraph-export-").FullName;

    private string Db => Path.Combine(_folder, "graph.db");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public void json_on_standard_output_holds_the_relations_as_of_a_date()
    {
        CliRun.Of("load", "--db", Db);
        var before = CliRun.Of("export", "--db", Db, "--format", "json", "--as-of", "2014-09-30", "--actor", "srf");
        var after = CliRun.Of("export", "--db", Db, "--format", "json", "--as-of", "2014-11-06", "--actor", "srf");
        Assert.Equal(0, before.ExitCode);

        string[] Kinds(CliRun run) => JsonDocument.Parse(run.Out).RootElement.GetProperty("links").EnumerateArray()
            .Where(l => l.GetProperty("source").GetString() == "Al Nusrah Front" && l.GetProperty("target").GetString() == "Syrian Revolutionaries' Front"
                || l.GetProperty("source").GetString() == "Syrian Revolutionaries' Front" && l.GetProperty("target").GetString() == "Al Nusrah Front")
            .Select(l => l.GetProperty("kind").GetString()!).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(["allied"], Kinds(before));
        Assert.Contains("attacked", Kinds(after));
        Assert.DoesNotContain("allied", Kinds(after));
    }

    [Fact]
    public void every_format_writes_its_file_and_says_what_it_holds()
    {
        CliRun.Of("load", "--db", Db);
        foreach (var (format, file) in new[] { ("graphml", "g.graphml"), ("gexf", "g.gexf"), ("json", "g.json"), ("csv", "g.zip"), ("cypher", "g.cypher") })
        {
            var path = Path.Combine(_folder, "out", file);
            var run = CliRun.Of("export", "--db", Db, "--format", format, "--kinds", "attacked,rival", "--out", path);
            Assert.Equal(0, run.ExitCode);
            Assert.Contains($"wrote {path}:", run.Error);
            Assert.True(new FileInfo(path).Length > 100);
            Assert.False(File.Exists(path + ".partial"));
        }
    }

    [Theory]
    [InlineData(new[] { "--format", "csv" }, "--out: csv writes a zip")]
    [InlineData(new[] { "--format", "json", "--kinds", "friends" }, "'friends' is no relation kind")]
    [InlineData(new[] { "--format", "json", "--as-of", "soon" }, "--as-of: must be a date")]
    [InlineData(new[] { "--format", "json", "--actor", "Nobody Brigade" }, "no actor named or aliased 'Nobody Brigade'")]
    public void bad_options_get_one_clear_line(string[] options, string message)
    {
        CliRun.Of("load", "--db", Db);
        var run = CliRun.Of(["export", "--db", Db, .. options]);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains(message, run.Error);
    }

    [Theory]
    [InlineData(new[] { "sync", "--to", "neo4j" }, "--neo4j-uri: name the Neo4j server")]
    [InlineData(new[] { "load", "--neo4j-uri", "bolt://localhost:7687" }, "not bolt://")]
    [InlineData(new[] { "relations", "--neo4j-uri", "http://127.0.0.1:9" }, "cannot reach Neo4j's HTTP Query API")]
    public void commands_go_to_neo4j_when_told_and_say_clearly_when_they_cannot(string[] args, string message)
    {
        var run = CliRun.Of([.. args, "--db", Db]);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains(message, run.Error);
    }
}
