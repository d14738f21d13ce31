using ActorGraph.Core.Model;

namespace ActorGraph.Core.Reports;

/// <summary>
/// A pair whose stance flipped: <see cref="Date"/> is the first dated observation of the new stance (null when
/// the document that states it gives no date); the evidence on both sides comes with it.
/// </summary>
public sealed record AllianceChange(
    string A, string B, Stance Before, Stance After, PartialDate? Date,
    IReadOnlyList<StanceObservation> BeforeEvidence, IReadOnlyList<StanceObservation> AfterEvidence);
