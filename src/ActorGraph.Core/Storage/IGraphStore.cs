using ActorGraph.Core.Model;

namespace ActorGraph.Core.Storage;

/// <summary>
/// Where the graph lives. Every load is one transaction per document and idempotent: loading the same
/// document again changes nothing; a changed document replaces its own evidence and nothing else.
/// </summary>
public interface IGraphStore : IAsyncDisposable
{
    /// <summary>Creates the schema when missing. Safe to call on an existing store.</summary>
    Task InitializeAsync(CancellationToken cancellationToken = default);

    /// <summary>Adds or updates dictionary actors and their aliases (one transaction).</summary>
    Task SyncActorsAsync(IEnumerable<Actor> actors, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores one document's extraction. <paramref name="fingerprint"/> identifies the document text together with
    /// the lexicon it was read with: the same fingerprint again is <see cref="LoadOutcome.Unchanged"/>.
    /// </summary>
    Task<LoadOutcome> LoadAsync(ExtractionResult result, string fingerprint, CancellationToken cancellationToken = default);

    /// <summary>
    /// Finishes what a run of <see cref="LoadAsync"/> calls left for its end: the embedded store works out then, once
    /// per pair, when each relation of the pairs the run touched stops holding (until then a read works it out). A
    /// store that does it with each document does nothing here.
    /// </summary>
    Task CompleteLoadsAsync(CancellationToken cancellationToken = default);

    /// <summary>The fingerprint the document with this key was stored with; null when it is not stored. Lets a load skip reading an unchanged document.</summary>
    Task<string?> FingerprintOfAsync(string documentKey, CancellationToken cancellationToken = default);

    /// <summary>Actors, optionally only those whose name or an alias contains <paramref name="search"/>.</summary>
    Task<IReadOnlyList<StoredActor>> GetActorsAsync(string? search = null, ActorType? type = null, CancellationToken cancellationToken = default);

    /// <summary>Finds an actor by canonical name or any alias, ignoring case; null when unknown.</summary>
    Task<StoredActor?> FindActorAsync(string nameOrAlias, CancellationToken cancellationToken = default);

    /// <summary>Relations with their evidence; <paramref name="actor"/> (canonical name) matches either end.</summary>
    /// <param name="withText">False to leave out each sentence and explanation (for a whole-graph snapshot: most of
    /// the memory); <see cref="GetEvidenceTextAsync"/> fetches them for the evidence shown.</param>
    Task<IReadOnlyList<StoredRelation>> GetRelationsAsync(string? actor = null, RelationKind? kind = null, CancellationToken cancellationToken = default, bool withText = true);

    /// <summary>Sentence and explanation of evidence rows by <see cref="StoredEvidence.Id"/>.</summary>
    Task<IReadOnlyDictionary<long, (string Sentence, string Explanation)>> GetEvidenceTextAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<StoredDocument>> GetDocumentsAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Every actor, relation and document as of one committed state: a document committed meanwhile is wholly in
    /// or wholly out (three separate reads could see its documents row but not its evidence).
    /// </summary>
    Task<StoredGraph> ReadGraphAsync(bool withText, CancellationToken cancellationToken = default);

    /// <summary>
    /// Documents that name an actor of each list (canonical names; several when corrections merged them), with their
    /// text, newest first, at most <paramref name="limit"/>: where an analyst looks for a sentence extraction missed.
    /// </summary>
    Task<IReadOnlyList<(StoredDocument Document, string Text)>> GetDocumentsNamingAsync(IReadOnlyCollection<string> first, IReadOnlyCollection<string> second, int limit, CancellationToken cancellationToken = default);

    /// <summary>
    /// A view of the store as committed now, read query by query through its indexes (dispose it to let the state go);
    /// null when this store offers none (its queries then wait for the whole graph).
    /// </summary>
    Task<IGraphReadView?> OpenReadViewAsync(CancellationToken cancellationToken = default);

    Task<GraphCounts> CountAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// A value that changes whenever anything is committed to the store, by this process or another (an
    /// <c>actorgraph load</c> beside a running API): whoever caches what it read compares it to know it is stale.
    /// </summary>
    Task<string> ChangeStampAsync(CancellationToken cancellationToken = default);
}
