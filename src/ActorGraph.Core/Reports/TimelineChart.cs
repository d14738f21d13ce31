using System.Globalization;
using System.Net;
using System.Text;

namespace ActorGraph.Core.Reports;

/// <summary>
/// An SVG strip of one pair's stance over time: cooperative observations on the upper lane (green), hostile on
/// the lower (red), undated background at the left, and a dashed line where the report's changes fall.
/// </summary>
public static class TimelineChart
{
    private const int Width = 640, Height = 110, Left = 90, Right = 16, CooperativeY = 38, HostileY = 70;
    private const int UndatedX = Left + 22, DatedLeft = Left + 70;

    public static string Svg(string a, string b, IReadOnlyList<StanceObservation> history, IEnumerable<ReportItem> changes)
    {
        var dated = history.Where(o => o.Date is not null).ToList();
        var first = dated.Count > 0 ? dated.Min(o => o.When) : DateOnly.FromDateTime(DateTime.UnixEpoch);
        var last = dated.Count > 0 ? dated.Max(o => o.When) : first;
        // Pad the range so a single day or two close days do not sit on the edges.
        var pad = Math.Max(15, (last.DayNumber - first.DayNumber) / 10);
        var start = first.AddDays(-pad);
        var span = last.DayNumber + pad - start.DayNumber;
        double X(DateOnly day) => DatedLeft + (Width - Right - DatedLeft) * (day.DayNumber - start.DayNumber) / (double)span;
        string Anchor(double x) => x > Width - 90 ? "end" : x < DatedLeft + 40 ? "start" : "middle";
        var title = WebUtility.HtmlEncode($"{a} – {b}: stance over time");
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"""<svg xmlns="http://www.w3.org/2000/svg" width="{Width}" height="{Height}" viewBox="0 0 {Width} {Height}" role="img" aria-label="{title}" font-family="sans-serif" font-size="11">""");
        svg.Append(CultureInfo.InvariantCulture, $"<title>{title}</title>");
        svg.Append(CultureInfo.InvariantCulture, $"""<rect width="{Width}" height="{Height}" fill="white"/>""");
        svg.Append(CultureInfo.InvariantCulture, $"""<text x="4" y="{CooperativeY + 4}" fill="#2e7d32">cooperative</text><text x="4" y="{HostileY + 4}" fill="#c62828">hostile</text>""");
        svg.Append(CultureInfo.InvariantCulture, $"""<line x1="{DatedLeft}" y1="{HostileY + 18}" x2="{Width - Right}" y2="{HostileY + 18}" stroke="#888"/>""");
        svg.Append(CultureInfo.InvariantCulture, $"""<text x="{UndatedX}" y="{HostileY + 32}" text-anchor="middle" fill="#555">undated</text>""");
        if (dated.Count > 0)
        {
            // Dates are labelled as precisely as they are known: "2014-10", not "2014-10-01".
            svg.Append(CultureInfo.InvariantCulture, $"""<text x="{X(first):0.#}" y="{HostileY + 32}" text-anchor="{Anchor(X(first))}" fill="#555">{dated.First(o => o.When == first).Date}</text>""");
            if (X(last) - X(first) > 90)
                svg.Append(CultureInfo.InvariantCulture, $"""<text x="{X(last):0.#}" y="{HostileY + 32}" text-anchor="{Anchor(X(last))}" fill="#555">{dated.Last(o => o.When == last).Date}</text>""");
        }
        foreach (var change in changes.Where(c => c.Date is not null))
        {
            var x = X(change.Date!.Value.Value);
            var label = change.Type == ReportItemType.Flip ? $"{change.Before.ToString().ToLowerInvariant()} → {change.After.ToString().ToLowerInvariant()}" : "renewed";
            svg.Append(CultureInfo.InvariantCulture, $"""<line x1="{x:0.#}" y1="14" x2="{x:0.#}" y2="{HostileY + 14}" stroke="#444" stroke-dasharray="4 3"/>""");
            svg.Append(CultureInfo.InvariantCulture, $"""<text x="{x:0.#}" y="11" text-anchor="{Anchor(x)}" fill="#222">{WebUtility.HtmlEncode(label)} {change.Date}</text>""");
        }
        foreach (var o in history)
        {
            var x = o.Date is null ? UndatedX : X(o.When);
            var y = o.Stance == Stance.Cooperative ? CooperativeY : HostileY;
            var color = o.Stance == Stance.Cooperative ? "#2e7d32" : "#c62828";
            var fill = o.Date is null ? "white" : color;
            var tip = WebUtility.HtmlEncode($"{o.Date?.ToString() ?? "undated"} {o.Source} {o.Kind.ToString().ToLowerInvariant()} {o.Target}: {o.Evidence.Evidence.Sentence}");
            svg.Append(CultureInfo.InvariantCulture, $"""<circle cx="{x:0.#}" cy="{y}" r="6" fill="{fill}" stroke="{color}" stroke-width="2"><title>{tip}</title></circle>""");
        }
        svg.Append("</svg>");
        return svg.ToString();
    }
}
