using System.Net;
using System.Text;
using ActorGraph.Core.Model;

namespace ActorGraph.Core.Reports;

/// <summary>The report as one self-contained HTML page, charts inline; readable in light and dark mode.</summary>
public static class ReportHtml
{
    public static string Render(AllianceReport report)
    {
        static string E(string? text) => WebUtility.HtmlEncode(text ?? "");
        var html = new StringBuilder();
        html.AppendLine($"""
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><title>{E(ReportText.Title(report))}</title>
            <style>
              :root {"{"} color-scheme: light dark; font-family: system-ui, sans-serif; line-height: 1.45; {"}"}
              body {"{"} max-width: 60rem; margin: 2rem auto; padding: 0 1rem; {"}"}
              table {"{"} border-collapse: collapse; width: 100%; {"}"} th, td {"{"} border: 1px solid #8884; padding: .3rem .5rem; text-align: left; vertical-align: top; {"}"}
              svg {"{"} max-width: 100%; height: auto; background: #fff; border-radius: 4px; {"}"} .evidence li {"{"} margin-bottom: .4rem; {"}"} .doc {"{"} font-style: italic; opacity: .8; {"}"}
            </style></head><body>
            <h1>{E(ReportText.Title(report))}</h1>
            <p>{E(ReportText.Scope(report))}</p>
            <h2>Summary</h2>
            """);
        if (report.Changes.Count == 0)
            html.AppendLine("<p>No changes in this period.</p>");
        else
        {
            html.AppendLine("<table><thead><tr><th>pair</th><th>before</th><th>after</th><th>date</th><th>documents</th></tr></thead><tbody>");
            foreach (var c in report.Changes)
                html.AppendLine($"<tr><td>{E(ReportText.Pair(c))}</td><td>{ReportText.Stance(c.Before)}</td><td>{ReportText.After(c)}</td><td>{E(c.Date?.ToString() ?? "undated")}</td><td>{E(string.Join("; ", c.Documents.Select(ReportText.Document)))}</td></tr>");
            html.AppendLine("</tbody></table>");
        }
        var number = 0;
        foreach (var c in report.Changes)
        {
            html.AppendLine($"<h2>{++number}. {E(ReportText.Pair(c))}: {E(ReportText.Change(c))}, {E(c.Date?.ToString() ?? "undated")}</h2>");
            html.AppendLine(report.ChartOf(c));
            foreach (var (label, evidence) in new[] { ($"Before ({ReportText.Stance(c.Before)})", c.BeforeEvidence), ($"After ({ReportText.AfterHeading(c)})", c.AfterEvidence) })
            {
                html.AppendLine($"<h3>{E(label)}</h3><ul class=\"evidence\">");
                foreach (var o in evidence)
                {
                    var doc = o.Evidence.Document;
                    var title = WebLink.Of(doc.Url) is { } url ? $"<a href=\"{E(url)}\">{E(ReportText.Document(doc))}</a>" : E(ReportText.Document(doc));
                    html.AppendLine($"<li>{E(ReportText.When(o))}, {E(ReportText.Statement(o))} ({E(ReportText.Attribution(o))}): “{E(o.Evidence.Evidence.Sentence)}” <span class=\"doc\">{title}</span></li>");
                }
                html.AppendLine("</ul>");
            }
        }
        foreach (var (title, notes) in new[] { ("New relations (first seen in the period)", report.NewRelations), ($"Relations last seen more than {report.Options.StaleDays} days before the period's end", report.StaleRelations) })
        {
            if (notes.Count == 0)
                continue;
            html.AppendLine($"<h2>{E(title)}</h2><table><thead><tr><th>source</th><th>kind</th><th>target</th><th>first seen</th><th>last seen</th><th>evidence</th></tr></thead><tbody>");
            foreach (var n in notes)
                html.AppendLine($"<tr><td>{E(n.Source)}</td><td>{Model.ModelNames.Of(n.Kind)}</td><td>{E(n.Target)}</td><td>{n.FirstSeen}</td><td>{n.LastSeen}</td><td>{n.EvidenceCount}</td></tr>");
            html.AppendLine("</tbody></table>");
        }
        html.AppendLine("</body></html>");
        return html.ToString();
    }
}
