using System.Text.Json;

namespace ActorGraph.Cli.Tests;

public sealed class ReportCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("actorgraph-report-").FullName;

    private string Db => Path.Combine(_folder, "graph.db");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public void markdown_to_a_file_writes_its_charts_beside_it()
    {
        CliRun.Of("load", "--db", Db);
        var report = Path.Combine(_folder, "out", "seed.md");
        var run = CliRun.Of("report", "alliance-changes", "--db", Db, "--out", report);
        Assert.Equal(0, run.ExitCode);
        var text = File.ReadAllText(report);
        Assert.Contains("| Al Nusrah Front – Syrian Revolutionaries' Front | cooperative | hostile | 2014-10 |", text);
        var charts = Directory.GetFiles(Path.Combine(_folder, "out", "seed-charts"), "*.svg");
        Assert.Equal(2, charts.Length);
        Assert.All(charts, c => Assert.Contains($"(seed-charts/{Path.GetFileName(c)})", text));
    }

    [Fact]
    public void markdown_on_standard_output_embeds_its_charts()
    {
        CliRun.Of("load", "--db", Db);
        var run = CliRun.Of("report", "alliance-changes", "--db", Db, "--actor", "srf");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("](data:image/svg+xml;base64,", run.Out);
        Assert.DoesNotContain("US-led coalition: hostility renewed", run.Out);
    }

    [Fact]
    public void json_reports_serve_scripts_and_fail_on_change_exits_3()
    {
        CliRun.Of("load", "--db", Db);
        var run = CliRun.Of("report", "alliance-changes", "--db", Db, "--format", "json", "--fail-on-change");
        Assert.Equal(3, run.ExitCode);
        var json = JsonDocument.Parse(run.Out).RootElement;
        Assert.Equal(1, json.GetProperty("summary").GetProperty("flips").GetInt32());
        Assert.Equal(1, json.GetProperty("summary").GetProperty("renewed_hostilities").GetInt32());

        var quiet = CliRun.Of("report", "alliance-changes", "--db", Db, "--format", "json", "--fail-on-change", "--to", "2014-09");
        Assert.Equal(0, quiet.ExitCode);
    }

    [Fact]
    public void since_an_earlier_report_only_the_new_changes_remain()
    {
        var documents = Path.Combine(CliRun.RepositoryRoot, "examples", "documents");
        CliRun.Of("load", Path.Combine(documents, "week-1"), "--db", Db);
        var previous = Path.Combine(_folder, "week-1.json");
        Assert.Equal(0, CliRun.Of("report", "alliance-changes", "--db", Db, "--format", "json", "--out", previous).ExitCode);
        CliRun.Of("load", Path.Combine(documents, "week-2"), "--db", Db);
        var run = CliRun.Of("report", "alliance-changes", "--db", Db, "--format", "csv", "--since", previous);
        var rows = run.Out.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, rows.Length);
        Assert.StartsWith("flip:Ahrar al Sham|Jaysh al-Islam:2015-04-18,flip,", rows[1]);
        Assert.StartsWith("renewed:Islamic State|US-led coalition:2015-04-21,renewed_hostility,", rows[2]);
    }

    [Theory]
    [InlineData("--from", "last week", "--from: must be a date written YYYY-MM-DD, YYYY-MM or YYYY")]
    [InlineData("--since", "/no/such/report.json", "/no/such/report.json: no such file")]
    [InlineData("--actor", "Nobody", "no actor named or aliased 'Nobody'")]
    public void bad_arguments_are_bad_input_with_exit_code_1(string option, string value, string message)
    {
        CliRun.Of("load", "--db", Db);
        var run = CliRun.Of("report", "alliance-changes", "--db", Db, option, value);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains(message, run.Error);
    }

    [Fact]
    public void html_is_one_page_with_inline_charts()
    {
        CliRun.Of("load", "--db", Db);
        var run = CliRun.Of("report", "alliance-changes", "--db", Db, "--format", "html");
        Assert.StartsWith("<!doctype html>", run.Out);
        Assert.Contains("<svg", run.Out);
    }
}
