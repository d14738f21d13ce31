using System.Globalization;
using System.Text.Json;
using ActorGraph.Core.Model;

namespace ActorGraph.Core.Storage.Neo4j;

/// <summary>
/// The server-grade store: Neo4j through its HTTP Query API. Actors, documents, relations and evidence are
/// nodes: <c>(:Actor)-[:SOURCE_OF]->(:Relation)-[:TARGETS]->(:Actor)</c>, <c>(:Evidence)-[:SUPPORTS]->(:Relation)</c>,
/// <c>(:Evidence)-[:IN_DOCUMENT]->(:Document)-[:MENTIONS]->(:Actor)</c>. A document's load is one Cypher
/// statement, so one transaction; every statement is parameterised.
/// </summary>
public sealed class Neo4jGraphStore(Neo4jConnection connection) : IGraphStore
{
    private readonly Neo4jQueryClient _client = new(connection);

    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        // Schema commands run one per statement.
        await RunAsync("CREATE CONSTRAINT actorgraph_document_key IF NOT EXISTS FOR (d:Document) REQUIRE d.key IS UNIQUE", null, cancellationToken);
        await RunAsync("CREATE CONSTRAINT actorgraph_actor_name IF NOT EXISTS FOR (a:Actor) REQUIRE a.name IS UNIQUE", null, cancellationToken);
        await RunAsync("CREATE CONSTRAINT actorgraph_relation_key IF NOT EXISTS FOR (r:Relation) REQUIRE r.key IS UNIQUE", null, cancellationToken);
        await RunAsync("CREATE INDEX actorgraph_actor_name_lower IF NOT EXISTS FOR (a:Actor) ON (a.nameLower)", null, cancellationToken);
    }

    public Task SyncActorsAsync(IEnumerable<Actor> actors, CancellationToken cancellationToken = default) =>
        RunAsync("""
            UNWIND $actors AS a
            MERGE (x:Actor {name: a.name})
            SET x.type = a.type, x.discovered = false, x.aliases = a.aliases,
                x.aliasesLower = [v IN a.aliases | toLower(v)], x.nameLower = toLower(a.name)
            """,
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
        var rows = await RunAsync("MATCH (d:Document {key: $key}) RETURN d.fingerprint AS fingerprint", new { key = documentKey }, cancellationToken);
        return rows.Count > 0 ? rows[0]["fingerprint"].GetString() : null;
    }

    public async Task<LoadOutcome> LoadAsync(ExtractionResult result, string fingerprint, CancellationToken cancellationToken = default)
    {
        var document = result.Document;
        if (result.Relations.Any(r => string.IsNullOrEmpty(r.Evidence.Sentence)))
            throw new ArgumentException($"{document.Key}: a relation has no evidence sentence; nothing was stored");
        var existing = await RunAsync("MATCH (d:Document {key: $key}) RETURN d.fingerprint AS fingerprint", new { key = document.Key }, cancellationToken);
        if (existing.Count > 0 && existing[0]["fingerprint"].GetString() == fingerprint)
            return LoadOutcome.Unchanged;

        await RunAsync("""
            MERGE (d:Document {key: $document.key})
            SET d += $document
            WITH d
            CALL { WITH d MATCH (e:Evidence)-[:IN_DOCUMENT]->(d) DETACH DELETE e }
            CALL { WITH d MATCH (d)-[m:MENTIONS]->() DELETE m }
            CALL {
              WITH d
              UNWIND $actors AS a
              MERGE (x:Actor {name: a.name})
                ON CREATE SET x.type = a.type, x.discovered = a.discovered, x.aliases = [a.name],
                              x.aliasesLower = [toLower(a.name)], x.nameLower = toLower(a.name)
              MERGE (d)-[:MENTIONS]->(x)
            }
            CALL {
              WITH d
              UNWIND $relations AS r
              MERGE (s:Actor {name: r.source})
                ON CREATE SET s.type = 'other', s.discovered = true, s.aliases = [r.source], s.aliasesLower = [toLower(r.source)], s.nameLower = toLower(r.source)
              MERGE (t:Actor {name: r.target})
                ON CREATE SET t.type = 'other', t.discovered = true, t.aliases = [r.target], t.aliasesLower = [toLower(r.target)], t.nameLower = toLower(r.target)
              MERGE (rel:Relation {key: r.key})
                ON CREATE SET rel.kind = r.kind
              MERGE (s)-[:SOURCE_OF]->(rel)
              MERGE (rel)-[:TARGETS]->(t)
              CREATE (e:Evidence)
              SET e = r.evidence
              CREATE (e)-[:SUPPORTS]->(rel)
              CREATE (e)-[:IN_DOCUMENT]->(d)
            }
            CALL {
              MATCH (rel:Relation) WHERE NOT EXISTS { (:Evidence)-[:SUPPORTS]->(rel) }
              DETACH DELETE rel
            }
            CALL {
              MATCH (a:Actor {discovered: true})
              WHERE NOT EXISTS { (:Document)-[:MENTIONS]->(a) } AND NOT EXISTS { (a)-[:SOURCE_OF]->() } AND NOT EXISTS { ()-[:TARGETS]->(a) }
              DETACH DELETE a
            }
            RETURN d.key AS key
            """,
            new
            {
                document = new Dictionary<string, object?>
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
                },
                actors = result.Actors.Select(a => new { name = a.Name, type = ModelNames.Of(a.Type), discovered = a.Discovered }).ToList(),
                relations = result.Relations.Select(RelationParameter).ToList(),
            }, cancellationToken);
        return existing.Count == 0 ? LoadOutcome.Added : LoadOutcome.Replaced;
    }

    public async Task<IReadOnlyList<StoredActor>> GetActorsAsync(string? search = null, ActorType? type = null, CancellationToken cancellationToken = default)
    {
        var rows = await RunAsync($"""
            MATCH (a:Actor)
            WHERE ($type IS NULL OR a.type = $type)
              AND ($search IS NULL OR a.nameLower CONTAINS $search OR any(x IN a.aliasesLower WHERE x CONTAINS $search))
            {ActorColumns}
            ORDER BY a.nameLower
            """, new { type = type is { } t ? ModelNames.Of(t) : null, search = search?.ToLowerInvariant() }, cancellationToken);
        return rows.Select(ToActor).ToList();
    }

    public async Task<StoredActor?> FindActorAsync(string nameOrAlias, CancellationToken cancellationToken = default)
    {
        var rows = await RunAsync($"""
            MATCH (a:Actor)
            WHERE a.nameLower = $name OR $name IN a.aliasesLower
            {ActorColumns}
            ORDER BY CASE WHEN a.nameLower = $name THEN 0 ELSE 1 END
            LIMIT 1
            """, new { name = nameOrAlias.Trim().ToLowerInvariant() }, cancellationToken);
        return rows.Count > 0 ? ToActor(rows[0]) : null;
    }

    /// <summary>This store always reads evidence with its text, so nothing is left to fetch.</summary>
    public Task<IReadOnlyDictionary<long, (string Sentence, string Explanation)>> GetEvidenceTextAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyDictionary<long, (string Sentence, string Explanation)>>(new Dictionary<long, (string, string)>());

    public async Task<IReadOnlyList<StoredRelation>> GetRelationsAsync(string? actor = null, RelationKind? kind = null, CancellationToken cancellationToken = default, bool withText = true)
    {
        var rows = await RunAsync("""
            MATCH (s:Actor)-[:SOURCE_OF]->(rel:Relation)-[:TARGETS]->(t:Actor)
            WHERE ($actor IS NULL OR s.name = $actor OR t.name = $actor) AND ($kind IS NULL OR rel.kind = $kind)
            MATCH (e:Evidence)-[:SUPPORTS]->(rel)
            MATCH (e)-[:IN_DOCUMENT]->(d:Document)
            RETURN rel.key AS key, s.name AS source, t.name AS target, rel.kind AS kind,
                   e.sentence AS sentence, e.sentenceIndex AS sentenceIndex, e.sentenceStart AS sentenceStart,
                   e.date AS date, e.datePrecision AS datePrecision, e.dateText AS dateText, e.attribution AS attribution,
                   e.claimedBy AS claimedBy, e.confidence AS confidence, e.background AS background,
                   e.explanation AS explanation, e.resumed AS resumed,
                   d.key AS documentKey, d.title AS title, d.published AS published, d.source AS documentSource,
                   d.author AS author, d.url AS url
            ORDER BY toLower(source), toLower(target), kind, documentKey, sentenceIndex
            """, new { actor, kind = kind is { } k ? ModelNames.Of(k) : null }, cancellationToken);
        var relations = new List<(string Key, string Source, string Target, RelationKind Kind, List<StoredEvidence> Evidence)>();
        foreach (var row in rows)
        {
            var key = Text(row, "key")!;
            if (relations.Count == 0 || relations[^1].Key != key)
            {
                ModelNames.TryParseKind(Text(row, "kind"), out var relationKind);
                relations.Add((key, Text(row, "source")!, Text(row, "target")!, relationKind, []));
            }
            var stored = new StoredDocument(Text(row, "documentKey")!, Text(row, "title")!, Day(Text(row, "published")),
                Text(row, "documentSource"), Text(row, "author"), Text(row, "url"));
            DatePrecision? precision = Text(row, "datePrecision") is { } p && Enum.TryParse<DatePrecision>(p, true, out var parsed) ? parsed : null;
            ModelNames.TryParseAttribution(Text(row, "attribution"), out var attribution);
            var evidence = new Evidence(stored.Key, Text(row, "sentence")!, Int(row, "sentenceIndex"), Int(row, "sentenceStart"),
                PartialDate.Parse(Text(row, "date"), precision), Text(row, "dateText"), attribution, Text(row, "claimedBy"),
                row["confidence"].GetDouble(), Bool(row, "background"), Text(row, "explanation") ?? "") { Resumed = Bool(row, "resumed") };
            relations[^1].Evidence.Add(new StoredEvidence(evidence, stored));
        }
        return relations.Select(r => new StoredRelation(r.Source, r.Target, r.Kind, r.Evidence)).ToList();
    }

    public async Task<IReadOnlyList<StoredDocument>> GetDocumentsAsync(CancellationToken cancellationToken = default)
    {
        var rows = await RunAsync("""
            MATCH (d:Document)
            RETURN d.key AS key, d.title AS title, d.published AS published, d.source AS source, d.author AS author, d.url AS url
            ORDER BY published, key
            """, null, cancellationToken);
        return rows.Select(r => new StoredDocument(Text(r, "key")!, Text(r, "title")!, Day(Text(r, "published")), Text(r, "source"), Text(r, "author"), Text(r, "url"))).ToList();
    }

    public async Task<GraphCounts> CountAsync(CancellationToken cancellationToken = default)
    {
        var row = (await RunAsync("""
            RETURN COUNT { (:Document) } AS documents, COUNT { (:Actor) } AS actors,
                   COUNT { (:Relation) } AS relations, COUNT { (:Evidence) } AS evidence
            """, null, cancellationToken))[0];
        return new GraphCounts(Int(row, "documents"), Int(row, "actors"), Int(row, "relations"), Int(row, "evidence"));
    }

    public async Task<string> ChangeStampAsync(CancellationToken cancellationToken = default)
    {
        // Every load writes its document node with a new loadedAt; dictionary syncs change the actor count.
        var row = (await RunAsync("""
            MATCH (d:Document) WITH count(d) AS documents, max(d.loadedAt) AS last
            RETURN documents, coalesce(last, '') AS last, COUNT { (:Actor) } AS actors, COUNT { (:Evidence) } AS evidence
            """, null, cancellationToken))[0];
        return $"{Int(row, "documents")}:{row["last"]}:{Int(row, "actors")}:{Int(row, "evidence")}";
    }

    public ValueTask DisposeAsync()
    {
        _client.Dispose();
        return ValueTask.CompletedTask;
    }

    /// <summary>Removes every ActorGraph node: for tests on a throwaway database only.</summary>
    internal Task ClearAsync(CancellationToken cancellationToken = default) =>
        RunAsync("MATCH (n) WHERE n:Document OR n:Actor OR n:Relation OR n:Evidence DETACH DELETE n", null, cancellationToken);

    internal Task<IReadOnlyList<Dictionary<string, JsonElement>>> RunAsync(string statement, object? parameters, CancellationToken cancellationToken) =>
        _client.RunAsync(statement, parameters, cancellationToken);

    private const string ActorColumns = """
        RETURN a.name AS name, a.type AS type, a.discovered AS discovered, [x IN a.aliases WHERE x <> a.name] AS aliases,
               COUNT { (a)-[:SOURCE_OF]->(:Relation) } + COUNT { (:Relation)-[:TARGETS]->(a) } AS relations,
               COUNT { (:Document)-[:MENTIONS]->(a) } AS documents
        """;

    private static object RelationParameter(ExtractedRelation relation)
    {
        // Rival and allied are one edge whichever way they are written: endpoints in name order, as in SQLite.
        var (source, target) = relation.IsSymmetric && string.CompareOrdinal(relation.Source, relation.Target) > 0
            ? (relation.Target, relation.Source) : (relation.Source, relation.Target);
        var kind = ModelNames.Of(relation.Kind);
        var e = relation.Evidence;
        return new
        {
            key = $"{source}|{kind}|{target}",
            source,
            target,
            kind,
            evidence = new Dictionary<string, object?>
            {
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
            },
        };
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
