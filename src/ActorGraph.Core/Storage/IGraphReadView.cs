using ActorGraph.Core.Graph;
using ActorGraph.Core.Model;

namespace ActorGraph.Core.Storage;

/// <summary>
/// A store read a query at a time: what a server answers an actor's questions from when it does not hold the whole
/// graph (at start, before the graph is read; on Neo4j, always). On the embedded store every read of one view sees the
/// same committed state; on Neo4j each read is one statement, which sees what was committed when it ran. Its reads may
/// come from several threads at once.
/// </summary>
public interface IGraphReadView : IAsyncDisposable
{
    /// <summary>The actor with this canonical name or alias, ignoring case, with its counts; null when unknown.</summary>
    Task<StoredActor?> FindActorAsync(string nameOrAlias, CancellationToken cancellationToken = default);

    /// <summary>The actors with these canonical names (ignoring case), with their counts, in one read: a page names hundreds.</summary>
    Task<IReadOnlyList<StoredActor>> ActorsNamedAsync(IReadOnlyCollection<string> names, CancellationToken cancellationToken = default);

    /// <summary>
    /// Every relation with <paramref name="actor"/> (a canonical name) at either end, in the store's order, each with
    /// its evidence (without text) and its stored end when it has one.
    /// </summary>
    Task<IReadOnlyList<StoredRelation>> RelationsOfAsync(string actor, CancellationToken cancellationToken = default);

    /// <summary>
    /// The names of the actors one relation away from <paramref name="actor"/> (a canonical name) by relations of
    /// <paramref name="kinds"/> (every kind when null) with the actor at the <paramref name="direction"/> end: the
    /// first <paramref name="first"/> in <see cref="NameOrder"/>. Reads no evidence: a hub has tens of thousands.
    /// </summary>
    Task<IReadOnlyList<string>> NeighborNamesAsync(string actor, IReadOnlySet<RelationKind>? kinds, Direction direction, int first, CancellationToken cancellationToken = default);

    /// <summary>How many relations <see cref="NeighborNamesAsync"/> counts from and how many actors they reach.</summary>
    Task<(int Relations, int Neighbors)> CountNeighborsAsync(string actor, IReadOnlySet<RelationKind>? kinds, Direction direction, CancellationToken cancellationToken = default);

    /// <summary>
    /// The first <paramref name="first"/> in <see cref="StoredRelation.Order"/> of the relations <see cref="CountNeighborsAsync"/>
    /// counts, each as <see cref="RelationsOfAsync"/> gives it: a page of a hub's relations without reading the evidence
    /// of the rest.
    /// </summary>
    Task<IReadOnlyList<StoredRelation>> RelationPageAsync(string actor, IReadOnlySet<RelationKind>? kinds, Direction direction, int first, CancellationToken cancellationToken = default);

    /// <summary>
    /// The earliest and latest dated evidence of the actor's relations, comments left out (both null when none is dated):
    /// dates as written, a week read back as its first day. Reads dates only.
    /// </summary>
    Task<(PartialDate? Earliest, PartialDate? Latest)> SeenSpanAsync(string actor, CancellationToken cancellationToken = default);

    /// <summary>
    /// The sentence and explanation of each evidence row read without its text (<see cref="StoredEvidence.HasText"/>
    /// false), by id, as of the view's state; an id the view does not hold is left out.
    /// </summary>
    Task<IReadOnlyDictionary<long, (string Sentence, string Explanation)>> EvidenceTextAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken = default);

    /// <summary>Counts of documents, evidence, actors by type and relations by kind.</summary>
    Task<GraphSummary> SummaryAsync(CancellationToken cancellationToken = default);

    /// <summary>The earliest and latest dated evidence, comments left out (reads every evidence row: asked apart).</summary>
    Task<(PartialDate? Earliest, PartialDate? Latest)> DatedSpanAsync(CancellationToken cancellationToken = default);
}

/// <summary>How much a graph holds: documents, evidence, actors a document or a relation names (by type), relations by kind.</summary>
public sealed record GraphSummary(int Documents, int Evidence, IReadOnlyDictionary<ActorType, int> ActorsByType, IReadOnlyDictionary<RelationKind, int> RelationsByKind)
{
    /// <summary>A summary from a store's rows of counts by type and by kind as written ("armed_group", "allied"); unknown words are left out.</summary>
    public static GraphSummary Of(int documents, int evidence, IEnumerable<(string? Key, int Count)> types, IEnumerable<(string? Key, int Count)> kinds)
    {
        var byType = new Dictionary<ActorType, int>();
        foreach (var (key, count) in types)
            if (ModelNames.TryParseActorType(key, out var type))
                byType[type] = byType.GetValueOrDefault(type) + count;
        var byKind = new Dictionary<RelationKind, int>();
        foreach (var (key, count) in kinds)
            if (ModelNames.TryParseKind(key, out var kind))
                byKind[kind] = byKind.GetValueOrDefault(kind) + count;
        return new GraphSummary(documents, evidence, byType, byKind);
    }
}
