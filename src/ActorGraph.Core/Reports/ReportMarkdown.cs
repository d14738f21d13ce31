using System.Text;

namespace ActorGraph.Core.Reports;

/// <summary>The report in Markdown: a summary table, then each change with its evidence and a chart.</summary>
public static class ReportMarkdown
{
    /// <param name="chart">Where the chart image of a change is: a relative file path or a data URI.</param>
    public static string Render(AllianceReport report, Func<ReportItem, string> chart)
    {
        var md = new StringBuilder();
        md.AppendLine($"# {ReportText.Title(report)}").AppendLine();
        md.AppendLine(ReportText.Scope(report)).AppendLine();
        md.AppendLine("## Summary").AppendLine();
        if (report.Changes.Count == 0)
            md.AppendLine("No changes in this period.").AppendLine();
        else
        {
            md.AppendLine("| pair | before | after | date | documents |");
            md.AppendLine("|---|---|---|---|---|");
            foreach (var c in report.Changes)
                md.AppendLine($"| {Cell(ReportText.Pair(c))} | {ReportText.Stance(c.Before)} | {ReportText.After(c)} | {c.Date?.ToString() ?? "undated"} | {Cell(string.Join("; ", c.Documents.Select(ReportText.Document)))} |");
            md.AppendLine();
        }
        var number = 0;
        foreach (var c in report.Changes)
        {
            md.AppendLine($"## {++number}. {ReportText.Pair(c)}: {ReportText.Change(c)}, {c.Date?.ToString() ?? "undated"}").AppendLine();
            md.AppendLine($"![{ReportText.Pair(c)}: stance over time]({chart(c)})").AppendLine();
            md.AppendLine($"**Before** ({ReportText.Stance(c.Before)}):").AppendLine();
            Evidence(md, c.BeforeEvidence);
            md.AppendLine($"**After** ({ReportText.AfterHeading(c)}):").AppendLine();
            Evidence(md, c.AfterEvidence);
        }
        Notes(md, "New relations (first seen in the period)", report.NewRelations);
        Notes(md, $"Relations last seen more than {report.Options.StaleDays} days before the period's end", report.StaleRelations);
        return md.ToString();
    }

    private static void Evidence(StringBuilder md, IEnumerable<StanceObservation> observations)
    {
        foreach (var o in observations)
            md.AppendLine($"- {ReportText.When(o)}, {ReportText.Statement(o)} ({ReportText.Attribution(o)}): “{o.Evidence.Evidence.Sentence}” — *{ReportText.Document(o.Evidence.Document)}*");
        md.AppendLine();
    }

    private static void Notes(StringBuilder md, string title, IReadOnlyList<RelationNote> notes)
    {
        if (notes.Count == 0)
            return;
        md.AppendLine($"## {title}").AppendLine();
        md.AppendLine("| source | kind | target | first seen | last seen | evidence |");
        md.AppendLine("|---|---|---|---|---|---|");
        foreach (var n in notes)
            md.AppendLine($"| {Cell(n.Source)} | {Model.ModelNames.Of(n.Kind)} | {Cell(n.Target)} | {n.FirstSeen} | {n.LastSeen} | {n.EvidenceCount} |");
        md.AppendLine();
    }

    private static string Cell(string text) => text.Replace("|", "\\|").Replace("\n", " ");
}
