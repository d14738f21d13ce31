using System.Globalization;
using System.Text.Json;
using ActorGraph.Core.Graph;
using ActorGraph.Core.Model;

namespace ActorGraph.Core.Storage.Neo4j;

/// <summary>
/// The server-grade store: Neo4j through its HTTP Query API, modelled as Neo4j users write Cypher (docs/neo4j.md):
/// actors joined directly by <c>ATTACKED</c>, <c>AFFILIATE_OF</c>, <c>ALLIED_WITH</c>, <c>RIVAL_OF</c> relationships
/// that carry their summary and stance dates, and evidence nodes tied to their document and, by key, to their
/// relation. A document's load is one explicit transaction that touches only what the document touches.
/// </summary>
public sealed class Neo4jGraphStore : IGraphStore
{
    private readonly Neo4jQueryClient _client;

    public Neo4jGraphStore(Neo4jConnection connection) : this(new Neo4jQueryClient(connection))
    {
    }

    internal Neo4jGraphStore(Neo4jQueryClient client) => _client = client;

    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        foreach (var statement in Neo4jCypher.Schema)
            await _client.RunAsync(statement, null, cancellationToken);
    }

    public Task SyncActorsAsync(IEnumerable<Actor> actors, CancellationToken cancellationToken = default) =>
        _client.RunAsync(Neo4jCypher.SyncActors,
            new
            {
                actors = actors.Select(a => new
                {
                    name = a.Name,
                    type = ModelNames.Of(a.Type),
                    aliases = a.Aliases.Append(a.Name).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
                }).ToList(),
            }, cancellationToken);

    public async Task<string?> FingerprintOfAsync(string documentKey, CancellationToken cancellationToken = default)
    {
        var rows = await _client.RunAsync(Neo4jCypher.Fingerprint, new { key = documentKey }, cancellationToken);
        return rows.Count > 0 ? Text(rows[0], "fingerprint") : null;
    }

    public async Task<LoadOutcome> LoadAsync(ExtractionResult result, string fingerprint, CancellationToken cancellationToken = default)
    {
        var document = result.Document;
        if (result.Relations.Any(r => string.IsNullOrEmpty(r.Evidence.Sentence)))
            throw new ArgumentException($"{document.Key}: a relation has no evidence sentence; nothing was stored");
        var existing = await FingerprintOfAsync(document.Key, cancellationToken);
        if (existing == fingerprint)
            return LoadOutcome.Unchanged;
        var relations = result.Relations.Select((r, i) => RelationParameter(document.Key, r, i)).ToList();

        await _client.InTransactionAsync(async transaction =>
        {
            var replaced = (await transaction.RunAsync(Neo4jCypher.ReplaceDocument, new { document = DocumentParameter(document, fingerprint) }, cancellationToken))[0];
            var before = replaced["before"].EnumerateArray()
                .Select(x => new Touched(x.GetProperty("key").GetString()!, x.GetProperty("source").GetString()!, x.GetProperty("target").GetString()!)).ToList();
            var mentioned = replaced["mentioned"].EnumerateArray().Select(x => x.GetString()!).ToList();

            await transaction.RunAsync(Neo4jCypher.AddEvidence, new
            {
                key = document.Key,
                actors = result.Actors.Select(a => new { name = a.Name, type = ModelNames.Of(a.Type), discovered = a.Discovered }).ToList(),
                relations,
            }, cancellationToken);

            var touched = before.Concat(relations.Select(r => new Touched(r.Key, r.Source, r.Target))).DistinctBy(t => t.Key).ToList();
            await transaction.RunAsync(Neo4jCypher.Summarise, new { touched = touched.Select(t => new { key = t.Key, source = t.Source, target = t.Target }).ToList() }, cancellationToken);

            // Stance dates for every relation of the pairs touched, from all their evidence (other documents' too).
            var pairs = touched.Select(t => string.CompareOrdinal(t.Source, t.Target) <= 0 ? (t.Source, t.Target) : (t.Target, t.Source)).Distinct().ToList();
            var pairRelations = ToRelations(await transaction.RunAsync(Neo4jCypher.PairEvidence, new { pairs = pairs.Select(p => new { a = p.Item1, b = p.Item2 }).ToList() }, cancellationToken));
            var validity = pairRelations
                .GroupBy(r => string.CompareOrdinal(r.Source, r.Target) <= 0 ? (r.Source, r.Target) : (r.Target, r.Source))
                .SelectMany(pair =>
                {
                    var flips = EdgeValidity.Flips(pair);
                    return pair.Select(r => new
                    {
                        key = ModelNames.RelationKey(r.Source, r.Kind, r.Target),
                        source = r.Source,
                        target = r.Target,
                        validFrom = r.FirstSeen?.ToString(),
                        validTo = EdgeValidity.ValidTo(r, flips)?.ToString(),
                    });
                }).ToList();
            await transaction.RunAsync(Neo4jCypher.SetValidity, new { validity }, cancellationToken);

            var names = mentioned.Concat(before.SelectMany(t => new[] { t.Source, t.Target })).Distinct().ToList();
            await transaction.RunAsync(Neo4jCypher.RemoveOrphans, new { names }, cancellationToken);
            return true;
        }, cancellationToken);
        return existing is null ? LoadOutcome.Added : LoadOutcome.Replaced;
    }

    private sealed record Touched(string Key, string Source, string Target);

    /// <summary>Nothing is left for the end of a run: each document's load stores its pairs' validity.</summary>
    public Task CompleteLoadsAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    public async Task<IReadOnlyList<StoredActor>> GetActorsAsync(string? search = null, ActorType? type = null, CancellationToken cancellationToken = default)
    {
        var rows = await _client.RunAsync(Neo4jCypher.Actors, new { type = type is { } t ? ModelNames.Of(t) : null, search = search?.ToLowerInvariant() }, cancellationToken);
        return rows.Select(ToActor).ToList();
    }

    public async Task<StoredActor?> FindActorAsync(string nameOrAlias, CancellationToken cancellationToken = default)
    {
        var rows = await _client.RunAsync(Neo4jCypher.FindActor, new { name = nameOrAlias.Trim().ToLowerInvariant() }, cancellationToken);
        return rows.Count > 0 ? ToActor(rows[0]) : null;
    }

    internal async Task<IReadOnlyList<StoredActor>> ActorsNamedAsync(IReadOnlyCollection<string> names, CancellationToken cancellationToken)
    {
        var rows = await _client.RunAsync(Neo4jCypher.ActorsNamed, new { names = names.Select(n => n.ToLowerInvariant()).ToList() }, cancellationToken);
        return rows.Select(ToActor).ToList();
    }

    /// <summary>This store always reads evidence with its text, so nothing is left to fetch.</summary>
    public Task<IReadOnlyDictionary<long, (string Sentence, string Explanation)>> GetEvidenceTextAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyDictionary<long, (string Sentence, string Explanation)>>(new Dictionary<long, (string, string)>());

    public async Task<IReadOnlyList<StoredRelation>> GetRelationsAsync(string? actor = null, RelationKind? kind = null, CancellationToken cancellationToken = default, bool withText = true)
    {
        var kindName = kind is { } k ? ModelNames.Of(k) : null;
        var rows = actor is null
            ? await _client.RunAsync(Neo4jCypher.Relations, new { kind = kindName }, cancellationToken)
            : await _client.RunAsync(Neo4jCypher.RelationsOf, new { actor, kind = kindName }, cancellationToken);
        return ToRelations(rows);
    }

    /// <summary>Those of <paramref name="actor"/>'s relations with these keys, with their evidence, in <see cref="StoredRelation.Order"/>.</summary>
    internal async Task<IReadOnlyList<StoredRelation>> RelationsKeyedAsync(string actor, IReadOnlyCollection<string> keys, CancellationToken cancellationToken) =>
        keys.Count == 0 ? [] : ToRelations(await _client.RunAsync(Neo4jCypher.ViewRelationsKeyed, new { actor, keys }, cancellationToken));

    public async Task<IReadOnlyList<StoredDocument>> GetDocumentsAsync(CancellationToken cancellationToken = default)
    {
        var rows = await _client.RunAsync(Neo4jCypher.Documents, null, cancellationToken);
        return rows.Select(r => new StoredDocument(Text(r, "key")!, Text(r, "title")!, Day(Text(r, "published")), Text(r, "source"), Text(r, "author"), Text(r, "url"))).ToList();
    }

    /// <summary>
    /// Neo4j reads committed data statement by statement, not as of one moment: the three reads are repeated until
    /// the change stamp is the same before and after them, so no document is half in.
    /// </summary>
    public async Task<StoredGraph> ReadGraphAsync(bool withText, CancellationToken cancellationToken = default)
    {
        const int attempts = 10;
        for (var attempt = 1; ; attempt++)
        {
            var before = await ChangeStampAsync(cancellationToken);
            var graph = new StoredGraph(await GetActorsAsync(cancellationToken: cancellationToken),
                await GetRelationsAsync(cancellationToken: cancellationToken), await GetDocumentsAsync(cancellationToken));
            if (await ChangeStampAsync(cancellationToken) == before)
                return graph;
            if (attempt == attempts)
                throw new InvalidOperationException($"the Neo4j store changed during each of {attempts} reads of the whole graph; try again when loads pause");
        }
    }

    public async Task<IReadOnlyList<(StoredDocument Document, string Text)>> GetDocumentsNamingAsync(IReadOnlyCollection<string> first, IReadOnlyCollection<string> second, int limit, CancellationToken cancellationToken = default)
    {
        var rows = await _client.RunAsync(Neo4jCypher.DocumentsNaming, new { first, second, limit }, cancellationToken);
        return rows.Select(r => (new StoredDocument(Text(r, "key")!, Text(r, "title")!, Day(Text(r, "published")), Text(r, "source"), Text(r, "author"), Text(r, "url")), Text(r, "text") ?? "")).ToList();
    }

    /// <summary>
    /// Reads by Cypher, a statement each, through the indexes (an actor by name, its relationships from its node).
    /// Neo4j reads committed data statement by statement, so two reads of one view may see a load that committed
    /// between them (<see cref="Neo4jReadView"/>).
    /// </summary>
    public Task<IGraphReadView?> OpenReadViewAsync(CancellationToken cancellationToken = default) => Task.FromResult<IGraphReadView?>(new Neo4jReadView(this));

    public async Task<GraphCounts> CountAsync(CancellationToken cancellationToken = default)
    {
        var row = (await _client.RunAsync(Neo4jCypher.Count, null, cancellationToken))[0];
        return new GraphCounts(Int(row, "documents"), Int(row, "actors"), Int(row, "relations"), Int(row, "evidence"));
    }

    public async Task<string> ChangeStampAsync(CancellationToken cancellationToken = default)
    {
        var row = (await _client.RunAsync(Neo4jCypher.ChangeStamp, null, cancellationToken))[0];
        return $"{Int(row, "documents")}:{Text(row, "last")}:{Int(row, "actors")}:{Int(row, "evidence")}";
    }

    public ValueTask DisposeAsync()
    {
        _client.Dispose();
        return ValueTask.CompletedTask;
    }

    /// <summary>Removes every ActorGraph node: for tests on a throwaway database only.</summary>
    internal Task ClearAsync(CancellationToken cancellationToken = default) => _client.RunAsync(Neo4jCypher.Clear, null, cancellationToken);

    internal Task<IReadOnlyList<Dictionary<string, JsonElement>>> RunAsync(string statement, object? parameters, CancellationToken cancellationToken) =>
        _client.RunAsync(statement, parameters, cancellationToken);

    private static Dictionary<string, object?> DocumentParameter(SourceDocument document, string fingerprint) => new()
    {
        ["key"] = document.Key,
        ["title"] = document.Title,
        ["published"] = document.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["source"] = document.Source,
        ["author"] = document.Author,
        ["url"] = document.Url,
        ["text"] = document.Text,
        ["fingerprint"] = fingerprint,
        ["loadedAt"] = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture),
    };

    private sealed record RelationRow(string Key, string Source, string Target, string Kind, bool Symmetric, Dictionary<string, object?> Evidence);

    private static RelationRow RelationParameter(string documentKey, ExtractedRelation relation, int ordinal)
    {
        // Rival and allied are one edge whichever way they are written: endpoints in name order, as in SQLite.
        var (source, target) = relation.IsSymmetric && string.CompareOrdinal(relation.Source, relation.Target) > 0
            ? (relation.Target, relation.Source) : (relation.Source, relation.Target);
        var kind = ModelNames.Of(relation.Kind);
        var key = ModelNames.RelationKey(source, relation.Kind, target);
        var e = relation.Evidence;
        return new RelationRow(key, source, target, kind, relation.IsSymmetric, new Dictionary<string, object?>
        {
            ["id"] = $"{documentKey}#{ordinal}",
            ["relationKey"] = key,
            ["source"] = source,
            ["target"] = target,
            ["kind"] = kind,
            ["sentence"] = e.Sentence,
            ["sentenceIndex"] = e.SentenceIndex,
            ["sentenceStart"] = e.SentenceStart,
            ["date"] = e.Date?.ToString(),
            ["datePrecision"] = e.Date is { } d ? ModelNames.Of(d.Precision) : null,
            ["dateText"] = e.DateText,
            ["attribution"] = ModelNames.Of(e.Attribution),
            ["claimedBy"] = e.ClaimedBy,
            ["confidence"] = e.Confidence,
            ["background"] = e.Background,
            ["explanation"] = e.Explanation,
            ["resumed"] = e.Resumed,
        });
    }

    /// <summary>Rows of <see cref="Neo4jCypher.EvidenceColumns"/>, ordered by relation, as relations with their evidence.</summary>
    private static List<StoredRelation> ToRelations(IReadOnlyList<Dictionary<string, JsonElement>> rows)
    {
        var relations = new List<(string Key, string Source, string Target, RelationKind Kind, StoredValidity? Validity, List<StoredEvidence> Evidence)>();
        foreach (var row in rows)
        {
            var key = Text(row, "key")!;
            if (relations.Count == 0 || relations[^1].Key != key)
            {
                ModelNames.TryParseKind(Text(row, "kind"), out var relationKind);
                // The end worked out at load, when it was (a relationship stored before that has none).
                StoredValidity? validity = row.TryGetValue("validityStored", out var flag) && flag.ValueKind == JsonValueKind.True
                    ? new StoredValidity(PartialDate.Parse(Text(row, "validTo"))) : null;
                relations.Add((key, Text(row, "source")!, Text(row, "target")!, relationKind, validity, []));
            }
            var stored = new StoredDocument(Text(row, "documentKey")!, Text(row, "title")!, Day(Text(row, "published")),
                Text(row, "documentSource"), Text(row, "author"), Text(row, "url"));
            DatePrecision? precision = ModelNames.TryParsePrecision(Text(row, "datePrecision"), out var parsed) ? parsed : null;
            ModelNames.TryParseAttribution(Text(row, "attribution"), out var attribution);
            var evidence = new Evidence(stored.Key, Text(row, "sentence")!, Int(row, "sentenceIndex"), Int(row, "sentenceStart"),
                PartialDate.Parse(Text(row, "date"), precision), Text(row, "dateText"), attribution, Text(row, "claimedBy"),
                row["confidence"].GetDouble(), Bool(row, "background"), Text(row, "explanation") ?? "") { Resumed = Bool(row, "resumed") };
            relations[^1].Evidence.Add(new StoredEvidence(evidence, stored));
        }
        // Cypher sorts names its own way: the relations are put in the embedded store's order (keys are unique: no ties).
        return [.. relations.Select(r => new StoredRelation(r.Source, r.Target, r.Kind, r.Evidence) { Validity = r.Validity }).Order(StoredRelation.Order)];
    }

    private static StoredActor ToActor(Dictionary<string, JsonElement> row)
    {
        ModelNames.TryParseActorType(Text(row, "type"), out var type);
        var aliases = row["aliases"].ValueKind == JsonValueKind.Array ? row["aliases"].EnumerateArray().Select(x => x.GetString()!).Order().ToList() : [];
        return new StoredActor(Text(row, "name")!, type, aliases, Bool(row, "discovered"), Int(row, "relations"), Int(row, "documents"));
    }

    private static string? Text(Dictionary<string, JsonElement> row, string field) =>
        row.TryGetValue(field, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static int Int(Dictionary<string, JsonElement> row, string field) =>
        row.TryGetValue(field, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : 0;

    private static bool Bool(Dictionary<string, JsonElement> row, string field) =>
        row.TryGetValue(field, out var v) && v.ValueKind == JsonValueKind.True;

    private static DateOnly? Day(string? text) =>
        text is null ? null : DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
