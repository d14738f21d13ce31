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
    private const int Width = 640, Height = 110, Left = 110, Right = 20, CooperativeY = 38, HostileY = 70;

    public static string Svg(string a, string b, IReadOnlyList<StanceObservation> history, IEnumerable<ReportItem> changes)
    {
        var dated = history.Where(o => o.Date is not null).ToList();
        var first = dated.Count > 0 ? dated.Min(o => o.When) : DateOnly.FromDateTime(DateTime.UnixEpoch);
        var last = dated.Count > 0 ? dated.Max(o => o.When) : first;
        var span = Math.Max(1, last.DayNumber - first.DayNumber);
        double X(DateOnly day) => Left + 30 + (Width - Left - Right - 30) * (day.DayNumber - first.DayNumber) / (double)span;
        var title = WebUtility.HtmlEncode($"{a} – {b}: stance over time");
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"""<svg xmlns="http://www.w3.org/2000/svg" width="{Width}" height="{Height}" viewBox="0 0 {Width} {Height}" role="img" aria-label="{title}" font-family="sans-serif" font-size="11">""");
        svg.Append(CultureInfo.InvariantCulture, $"<title>{title}</title>");
        svg.Append(CultureInfo.InvariantCulture, $"""<text x="4" y="{CooperativeY + 4}" fill="#2e7d32">cooperative</text><text x="4" y="{HostileY + 4}" fill="#c62828">hostile</text>""");
        svg.Append(CultureInfo.InvariantCulture, $"""<line x1="{Left}" y1="{HostileY + 18}" x2="{Width - Right}" y2="{HostileY + 18}" stroke="#888"/>""");
        svg.Append(CultureInfo.InvariantCulture, $"""<text x="{Left}" y="{HostileY + 32}" fill="#555">undated</text>""");
        if (dated.Count > 0)
        {
            svg.Append(CultureInfo.InvariantCulture, $"""<text x="{X(first):0.#}" y="{HostileY + 32}" text-anchor="middle" fill="#555">{first:yyyy-MM-dd}</text>""");
            if (last != first)
                svg.Append(CultureInfo.InvariantCulture, $"""<text x="{X(last):0.#}" y="{HostileY + 32}" text-anchor="end" fill="#555">{last:yyyy-MM-dd}</text>""");
        }
        foreach (var change in changes.Where(c => c.Date is not null))
        {
            var x = X(change.Date!.Value.Value);
            var label = change.Type == ReportItemType.Flip ? $"{change.Before.ToString().ToLowerInvariant()} → {change.After.ToString().ToLowerInvariant()}" : "renewed";
            svg.Append(CultureInfo.InvariantCulture, $"""<line x1="{x:0.#}" y1="14" x2="{x:0.#}" y2="{HostileY + 14}" stroke="#444" stroke-dasharray="4 3"/>""");
            svg.Append(CultureInfo.InvariantCulture, $"""<text x="{x:0.#}" y="11" text-anchor="middle" fill="#222">{WebUtility.HtmlEncode(label)} {change.Date}</text>""");
        }
        foreach (var o in history)
        {
            var x = o.Date is null ? Left + 12 : X(o.When);
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
