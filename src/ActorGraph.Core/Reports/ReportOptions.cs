namespace ActorGraph.Core.Reports;

/// <summary>
/// What an alliance report covers: items dated within [From, To], of one actor, with or without claims.
/// A renewal needs a stated quiet period or <see cref="QuietDays"/> without hostile evidence; a relation is
/// stale when its last evidence is <see cref="StaleDays"/> older than the report's end.
/// </summary>
public sealed record ReportOptions(
    DateOnly? From = null, DateOnly? To = null, string? Actor = null, bool IncludeClaims = true, int QuietDays = 90, int StaleDays = 365);
