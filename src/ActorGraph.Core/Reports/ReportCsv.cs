using System.Text;

namespace ActorGraph.Core.Reports;

/// <summary>The changes as CSV (RFC 4180), one row a change, for spreadsheets.</summary>
public static class ReportCsv
{
    public static string Render(AllianceReport report)
    {
        var csv = new StringBuilder("id,type,pair_a,pair_b,before,after,date,date_precision,documents,first_evidence_after\r\n");
        foreach (var c in report.Changes)
        {
            string[] row =
            [
                c.Id, c.Type == ReportItemType.Flip ? "flip" : "renewed_hostility", c.A, c.B, ReportText.Stance(c.Before), ReportText.Stance(c.After),
                c.Date?.ToString() ?? "", c.Date is { } d ? Model.ModelNames.Of(d.Precision) : "", string.Join("; ", c.Documents.Select(x => x.Key)),
                c.AfterEvidence.FirstOrDefault()?.Evidence.Evidence.Sentence ?? "",
            ];
            csv.Append(string.Join(",", row.Select(Quote))).Append("\r\n");
        }
        return csv.ToString();
    }

    private static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
}
