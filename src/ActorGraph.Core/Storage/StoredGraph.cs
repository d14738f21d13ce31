namespace ActorGraph.Core.Storage;

/// <summary>Every actor, relation and document of a store as of one committed state.</summary>
public sealed record StoredGraph(IReadOnlyList<StoredActor> Actors, IReadOnlyList<StoredRelation> Relations, IReadOnlyList<StoredDocument> Documents)
{
    /// <summary>The last change this state includes (see <see cref="StoredGraphChanges"/>); -1 when the store keeps no such log.</summary>
    public long ChangeMark { get; init; } = -1;
}

/// <summary>
/// What changed in a store after a <see cref="StoredGraph.ChangeMark"/>: the current state of every relation and
/// actor the changed documents touched before or after (a touched one missing from the lists is gone), the changed
/// documents as they are now, and the store's counts, all as of one committed state.
/// </summary>
public sealed record StoredGraphChanges(
    long ChangeMark,
    IReadOnlySet<(string Source, string Target, Model.RelationKind Kind)> TouchedRelations,
    IReadOnlyList<StoredRelation> Relations,
    IReadOnlySet<string> TouchedActors,
    IReadOnlyList<StoredActor> Actors,
    IReadOnlySet<string> DocumentKeys,
    IReadOnlyList<StoredDocument> Documents,
    GraphCounts Counts);
