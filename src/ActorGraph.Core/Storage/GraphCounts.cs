namespace ActorGraph.Core.Storage;

/// <summary>How much the store holds.</summary>
public sealed record GraphCounts(int Documents, int Actors, int Relations, int Evidence);
