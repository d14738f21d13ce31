using ActorGraph.Core.Model;

namespace ActorGraph.Core.Storage;

/// <summary>An evidence row with the document it comes from, as the store returns it.</summary>
public sealed record StoredEvidence(Evidence Evidence, StoredDocument Document);
