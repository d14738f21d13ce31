using ActorGraph.Core.Model;

namespace ActorGraph.Core.Storage;

/// <summary>
/// An evidence row with the document it comes from, as the store returns it. Read without its text (for a
/// whole-graph snapshot), <see cref="Evidence"/> has an empty sentence and explanation, and <see cref="Id"/>
/// fetches them (<see cref="IGraphStore.GetEvidenceTextAsync"/>).
/// </summary>
public sealed record StoredEvidence(Evidence Evidence, StoredDocument Document)
{
    /// <summary>The store's id of the row; 0 when the store has none to give.</summary>
    public long Id { get; init; }

    public bool HasText => Evidence.Sentence.Length > 0;

    /// <summary>Why an analyst rejected this sentence (who, when, why); null when it stands.</summary>
    public string? RejectedBecause { get; init; }
}
