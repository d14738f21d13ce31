using ActorGraph.Core.Model;

namespace ActorGraph.Core.Reports;

/// <summary>Wording the Markdown and HTML reports share, so both read the same.</summary>
internal static class ReportText
{
    public static string Title(AllianceReport report) =>
        $"Alliance changes, {report.Options.From?.ToString("yyyy-MM-dd") ?? "all dates"} to {report.Options.To?.ToString("yyyy-MM-dd") ?? "latest"}"
        + (report.Options.Actor is { } actor ? $", {actor}" : "");

    public static string Scope(AllianceReport report) =>
        $"Generated {report.Generated:yyyy-MM-dd HH:mm} UTC by ActorGraph. "
        + (report.Options.IncludeClaims ? "Claims by parties are included and marked; " : "Claims by parties are excluded; ")
        + "reader comments never count. "
        + $"Hostility counts as renewed when the text says it had stopped, or after {report.Options.QuietDays} days without hostile evidence."
        + (report.Since is { } since ? $" Only what is new or different since {since}." : "");

    public static string Pair(ReportItem item) => $"{item.A} – {item.B}";

    public static string Change(ReportItem item) => item.Type == ReportItemType.Flip
        ? $"{Stance(item.Before)} → {Stance(item.After)}"
        : "hostility renewed";

    public static string Stance(Stance stance) => stance.ToString().ToLowerInvariant();

    /// <summary>The stance after a change, as the summary table says it: "hostile", or "hostile (renewed)".</summary>
    public static string After(ReportItem item) => item.Type == ReportItemType.Flip ? Stance(item.After) : "hostile (renewed)";

    /// <summary>The stance after a change, as the evidence heading says it: "hostile", or "hostile again".</summary>
    public static string AfterHeading(ReportItem item) => item.Type == ReportItemType.Flip ? Stance(item.After) : "hostile again";

    public static string When(StanceObservation o) =>
        o.Date is { } d ? d + (o.Evidence.Evidence.DateText is { } t ? $" (\"{t}\")" : "") : "undated" + (o.Evidence.Evidence.Background ? " (background)" : "");

    public static string Statement(StanceObservation o) => $"{o.Source} {ModelNames.Of(o.Kind)} {o.Target}";

    public static string Attribution(StanceObservation o) => o.Evidence.Evidence.Attribution switch
    {
        Model.Attribution.Claim => o.Evidence.Evidence.ClaimedBy is { } by ? $"claim by {by}" : "reported claim",
        _ => "author",
    };

    public static string Document(Storage.StoredDocument d) =>
        d.Title + " (" + string.Join(", ", new[] { d.Published?.ToString("yyyy-MM-dd"), d.Source }.Where(x => x is not null)) + ")";
}
