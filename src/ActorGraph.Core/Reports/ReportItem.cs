using ActorGraph.Core.Model;

namespace ActorGraph.Core.Reports;

/// <summary>
/// One change in a report: the pair (in name order), the stances before and after, the date of the first
/// observation of the new state, and the evidence on both sides. <see cref="Id"/> is stable across runs, so a
/// later report can tell what is new; <see cref="Fingerprint"/> tells what changed within an item.
/// </summary>
public sealed record ReportItem(
    ReportItemType Type, string A, string B, Stance Before, Stance After, PartialDate? Date,
    IReadOnlyList<StanceObservation> BeforeEvidence, IReadOnlyList<StanceObservation> AfterEvidence)
{
    public string Id => $"{(Type == ReportItemType.Flip ? "flip" : "renewed")}:{A}|{B}:{Date?.ToString() ?? "undated"}";

    public string Fingerprint => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(
        string.Join("\n", BeforeEvidence.Concat(AfterEvidence).Select(o => $"{o.Kind}|{o.Date}|{o.Evidence.Document.Key}|{o.Evidence.Evidence.SentenceIndex}")))))[..16];

    /// <summary>Documents that state the evidence, oldest first.</summary>
    public IReadOnlyList<Storage.StoredDocument> Documents =>
        BeforeEvidence.Concat(AfterEvidence).Select(o => o.Evidence.Document).DistinctBy(d => d.Key)
            .OrderBy(d => d.Published ?? DateOnly.MinValue).ToList();
}
