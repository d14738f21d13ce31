namespace ActorGraph.Core.Storage;

/// <summary>Every actor, relation and document of a store as of one committed state.</summary>
public sealed record StoredGraph(IReadOnlyList<StoredActor> Actors, IReadOnlyList<StoredRelation> Relations, IReadOnlyList<StoredDocument> Documents);
