using ActorGraph.Core.Model;

namespace ActorGraph.Core.Storage;

/// <summary>
/// One committed state of a store, read a query at a time: what a server answers an actor's questions from while it
/// does not hold the whole graph (at start, before the graph is read). Every read of one view sees the same state;
/// its reads may come from several threads at once.
/// </summary>
public interface IGraphReadView : IAsyncDisposable
{
    /// <summary>The actor with this canonical name or alias, ignoring case, with its counts; null when unknown.</summary>
    Task<StoredActor?> FindActorAsync(string nameOrAlias, CancellationToken cancellationToken = default);

    /// <summary>
    /// Every relation with <paramref name="actor"/> (a canonical name) at either end, in the store's order, each with
    /// its evidence (without text) and its stored end when it has one.
    /// </summary>
    Task<IReadOnlyList<StoredRelation>> RelationsOfAsync(string actor, CancellationToken cancellationToken = default);

    /// <summary>Counts of documents, evidence, actors by type and relations by kind.</summary>
    Task<GraphSummary> SummaryAsync(CancellationToken cancellationToken = default);

    /// <summary>The earliest and latest dated evidence, comments left out (reads every evidence row: asked apart).</summary>
    Task<(PartialDate? Earliest, PartialDate? Latest)> DatedSpanAsync(CancellationToken cancellationToken = default);
}

/// <summary>How much a graph holds: documents, evidence, actors a document or a relation names (by type), relations by kind.</summary>
public sealed record GraphSummary(int Documents, int Evidence, IReadOnlyDictionary<ActorType, int> ActorsByType, IReadOnlyDictionary<RelationKind, int> RelationsByKind);
