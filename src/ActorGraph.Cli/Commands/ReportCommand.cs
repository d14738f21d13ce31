using System.CommandLine;
using System.Text;
using ActorGraph.Core;
using ActorGraph.Core.Reports;

namespace ActorGraph.Cli.Commands;

/// <summary>
/// <c>actorgraph report alliance-changes</c>: which pairs flipped between cooperative and hostile (or renewed
/// hostility), when, and on what evidence; as Markdown, HTML, JSON or CSV. Exit 3 with --fail-on-change when
/// the report holds any change.
/// </summary>
internal static class ReportCommand
{
    public const int ChangesFound = 3;

    public static Command Create(CliConsole console)
    {
        var storeOptions = new CommonOptions.StoreOptions();
        var from = new Option<string?>("--from") { Description = "Changes dated on or after this date (YYYY-MM-DD, YYYY-MM or YYYY); also the start of 'new relations'." };
        var to = new Option<string?>("--to") { Description = "Changes dated on or before this date (the end of a month or year given as YYYY-MM or YYYY)." };
        var actor = new Option<string?>("--actor", "-a") { Description = "Only changes involving this actor (any alias)." };
        var format = new Option<string>("--format", "-f") { Description = "markdown, html, json or csv.", DefaultValueFactory = _ => "markdown" };
        format.AcceptOnlyFromAmong("markdown", "html", "json", "csv");
        var output = new Option<string?>("--out", "-o") { Description = "Write here instead of standard output (Markdown charts go beside it, in NAME-charts/)." };
        var since = new Option<string?>("--since") { Description = "An earlier JSON report: keep only what is new or different since." };
        var excludeClaims = new Option<bool>("--exclude-claims") { Description = "Leave out relations only parties claim (reader comments never count)." };
        var quietDays = new Option<int>("--quiet-days") { Description = "Days without hostile evidence after which hostility counts as renewed.", DefaultValueFactory = _ => 90 };
        var staleDays = new Option<int>("--stale-days") { Description = "Relations last seen this many days before the period's end are listed as stale.", DefaultValueFactory = _ => 365 };
        var failOnChange = new Option<bool>("--fail-on-change") { Description = $"Exit with {ChangesFound} when the report holds any change (for scheduled jobs)." };

        var allianceChanges = new Command("alliance-changes", "Pairs that went from allied to hostile (or back), or renewed hostility after a quiet period: when, and on what evidence.")
        {
            from, to, actor, format, output, since, excludeClaims, quietDays, staleDays, failOnChange,
        };
        foreach (var option in storeOptions.All)
            allianceChanges.Options.Add(option);
        allianceChanges.SetAction(async (parse, cancellationToken) =>
        {
            await using var opened = await storeOptions.OpenAsync(parse, cancellationToken);
            var store = opened.Store;
            var graph = await storeOptions.CorrectedAsync(parse, store, cancellationToken, withText: true);
            var actorName = parse.GetValue(actor) is { } given ? CommonOptions.ActorName(graph, given) : null;
            if (parse.GetValue(quietDays) < 1 || parse.GetValue(staleDays) < 1)
                throw new InputException("--quiet-days/--stale-days", 0, "must be at least 1");
            var options = new ReportOptions(CommonOptions.Day(parse.GetValue(from), "--from", end: false), CommonOptions.Day(parse.GetValue(to), "--to", end: true), actorName,
                !parse.GetValue(excludeClaims), parse.GetValue(quietDays), parse.GetValue(staleDays));
            var report = AllianceReportBuilder.Build(graph.Relations, options, DateTimeOffset.UtcNow);
            if (parse.GetValue(since) is { } previous)
                report = ReportDiff.Since(report, previous);

            var path = parse.GetValue(output);
            var text = parse.GetValue(format) switch
            {
                "json" => ReportJson.Write(report),
                "csv" => ReportCsv.Render(report),
                "html" => ReportHtml.Render(report),
                _ => ReportMarkdown.Render(report, item => Chart(report, item, path)),
            };
            if (path is null)
                console.Out.Write(text);
            else
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
                await File.WriteAllTextAsync(path, text, cancellationToken);
                console.Error.WriteLine($"wrote {path}: {report.Changes.Count} changes, {report.NewRelations.Count} new relations, {report.StaleRelations.Count} stale");
            }
            return parse.GetValue(failOnChange) && report.Changes.Count > 0 ? ChangesFound : ActorGraphCli.Ok;
        });
        return new Command("report", "Reports for people and scheduled jobs.") { allianceChanges };
    }

    /// <summary>Markdown charts: files beside the report when writing to a file, data URIs on standard output.</summary>
    private static string Chart(AllianceReport report, ReportItem item, string? reportPath)
    {
        var svg = report.ChartOf(item);
        if (reportPath is null)
            return "data:image/svg+xml;base64," + Convert.ToBase64String(Encoding.UTF8.GetBytes(svg));
        var folderName = Path.GetFileNameWithoutExtension(reportPath) + "-charts";
        var folder = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(reportPath))!, folderName);
        Directory.CreateDirectory(folder);
        var file = $"{report.Changes.ToList().IndexOf(item) + 1:00}-{Slug(item.A)}-{Slug(item.B)}.svg";
        File.WriteAllText(Path.Combine(folder, file), svg);
        return $"{folderName}/{file}";
    }

    private static string Slug(string name) =>
        string.Concat(name.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : '-')).Trim('-');
}
