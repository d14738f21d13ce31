using ActorGraph.Core.Storage;

namespace ActorGraph.Core.Corrections;

/// <summary>The graph with the analysts' corrections applied, and the entries that no longer match anything.</summary>
public sealed record CorrectedGraph(IReadOnlyList<StoredActor> Actors, IReadOnlyList<StoredRelation> Relations, IReadOnlyList<StaleCorrection> Stale);

/// <summary>An entry that matched nothing (a rejected sentence whose document changed, a merge of an actor now gone), and why.</summary>
public sealed record StaleCorrection(Correction Entry, string Reason)
{
    public override string ToString() => $"line {Entry.Line}: {Entry.Describe()}: {Reason}";
}
