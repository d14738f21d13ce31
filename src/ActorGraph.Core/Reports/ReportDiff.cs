namespace ActorGraph.Core.Reports;

/// <summary>Keeps only what is new or different compared with an earlier JSON report (for a job that mails the difference).</summary>
public static class ReportDiff
{
    public static AllianceReport Since(AllianceReport report, string previousPath)
    {
        var previous = ReportJson.ReadFingerprints(previousPath);
        bool Fresh(string list, string id, string fingerprint) =>
            !previous.TryGetValue($"{list}/{id}", out var old) || old != fingerprint;
        var changes = report.Changes.Where(c => Fresh("changes", c.Id, c.Fingerprint)).ToList();
        var pairs = changes.Select(c => (c.A, c.B)).ToHashSet();
        return report with
        {
            Changes = changes,
            NewRelations = report.NewRelations.Where(n => Fresh("new_relations", n.Id, n.Fingerprint)).ToList(),
            StaleRelations = report.StaleRelations.Where(n => Fresh("stale_relations", n.Id, n.Fingerprint)).ToList(),
            Observations = report.Observations.Where(o => pairs.Contains((o.A, o.B))).ToList(),
            Since = Path.GetFileName(previousPath),
        };
    }
}
