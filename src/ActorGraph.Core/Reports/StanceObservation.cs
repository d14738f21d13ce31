using ActorGraph.Core.Model;
using ActorGraph.Core.Storage;

namespace ActorGraph.Core.Reports;

/// <summary>
/// One evidence sentence read as a stance between two actors (<see cref="A"/> and <see cref="B"/> in name order).
/// <see cref="When"/> orders observations: a dated one at its date; an undated one just before the dated
/// observations of its own document, so "have long been allied" comes before "since late October".
/// </summary>
public sealed record StanceObservation(
    string A, string B, Stance Stance, RelationKind Kind, string Source, string Target, StoredEvidence Evidence, DateOnly When)
{
    public PartialDate? Date => Evidence.Evidence.Date;
}
