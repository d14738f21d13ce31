namespace ActorGraph.Core.Storage.Neo4j;

/// <summary>
/// Every Cypher statement the Neo4j store sends, in one place so the tests can check each against Neo4j's own
/// grammar. All values arrive as parameters; the only text put together here is our own relationship types.
/// The model (docs/neo4j.md): <c>(:Actor)-[:ATTACKED|AFFILIATE_OF|ALLIED_WITH|RIVAL_OF {key, ...summary}]->(:Actor)</c>,
/// <c>(:Evidence {relationKey, ...})-[:IN]->(:Document)-[:MENTIONS]->(:Actor)</c>.
/// </summary>
public static class Neo4jCypher
{
    /// <summary>The relationship type of each kind, as Neo4j users write them.</summary>
    public static readonly IReadOnlyDictionary<string, string> TypeOfKind = new Dictionary<string, string>
    {
        ["affiliate"] = "AFFILIATE_OF",
        ["allied"] = "ALLIED_WITH",
        ["rival"] = "RIVAL_OF",
        ["attacked"] = "ATTACKED",
    };

    public const string RelationTypes = "ATTACKED|AFFILIATE_OF|ALLIED_WITH|RIVAL_OF";

    /// <summary>Constraints and indexes, created idempotently at start-up, one a statement (schema commands run alone).</summary>
    public static readonly IReadOnlyList<string> Schema =
    [
        "CREATE CONSTRAINT actorgraph_document_key IF NOT EXISTS FOR (d:Document) REQUIRE d.key IS UNIQUE",
        "CREATE CONSTRAINT actorgraph_actor_name IF NOT EXISTS FOR (a:Actor) REQUIRE a.name IS UNIQUE",
        "CREATE CONSTRAINT actorgraph_evidence_id IF NOT EXISTS FOR (e:Evidence) REQUIRE e.id IS UNIQUE",
        "CREATE INDEX actorgraph_evidence_relation IF NOT EXISTS FOR (e:Evidence) ON (e.relationKey)",
        "CREATE INDEX actorgraph_actor_name_lower IF NOT EXISTS FOR (a:Actor) ON (a.nameLower)",
        "CREATE INDEX actorgraph_evidence_date IF NOT EXISTS FOR (e:Evidence) ON (e.date)",
        .. TypeOfKind.Values.Select(type => $"CREATE INDEX actorgraph_{type.ToLowerInvariant()}_key IF NOT EXISTS FOR ()-[r:{type}]-() ON (r.key)"),
    ];

    public const string SyncActors = """
        UNWIND $actors AS a
        MERGE (x:Actor {name: a.name})
        SET x.type = a.type, x.discovered = false, x.aliases = a.aliases,
            x.aliasesLower = [v IN a.aliases | toLower(v)], x.nameLower = toLower(a.name)
        """;

    public const string Fingerprint = "MATCH (d:Document {key: $key}) RETURN d.fingerprint AS fingerprint";

    /// <summary>Load, step 1: the document's node; its old evidence and mentions removed, saying what they touched.</summary>
    public const string ReplaceDocument = """
        MERGE (d:Document {key: $document.key})
        SET d += $document
        WITH d
        OPTIONAL MATCH (old:Evidence)-[:IN]->(d)
        WITH d, collect(old) AS olds
        WITH d, olds, [o IN olds | {key: o.relationKey, source: o.source, target: o.target}] AS before
        CALL (olds) { UNWIND olds AS o DETACH DELETE o }
        OPTIONAL MATCH (d)-[m:MENTIONS]->(a:Actor)
        WITH d, before, collect(m) AS mentions, collect(a.name) AS mentioned
        CALL (mentions) { UNWIND mentions AS m DELETE m }
        RETURN before, mentioned
        """;

    /// <summary>Load, step 2: mentions, then each kind's relationships and their evidence (one block a type).</summary>
    public static readonly string AddEvidence = """
        MATCH (d:Document {key: $key})
        CALL (d) {
          UNWIND $actors AS a
          MERGE (x:Actor {name: a.name})
            ON CREATE SET x.type = a.type, x.discovered = a.discovered, x.aliases = [a.name],
                          x.aliasesLower = [toLower(a.name)], x.nameLower = toLower(a.name)
          MERGE (d)-[:MENTIONS]->(x)
        }
        """ + string.Concat(TypeOfKind.Select(kind => $$"""

        CALL (d) {
          UNWIND $relations AS r
          WITH r WHERE r.kind = '{{kind.Key}}'
          MERGE (s:Actor {name: r.source})
            ON CREATE SET s.type = 'other', s.discovered = true, s.aliases = [r.source], s.aliasesLower = [toLower(r.source)], s.nameLower = toLower(r.source)
          MERGE (t:Actor {name: r.target})
            ON CREATE SET t.type = 'other', t.discovered = true, t.aliases = [r.target], t.aliasesLower = [toLower(r.target)], t.nameLower = toLower(r.target)
          MERGE (s)-[rel:{{kind.Value}} {key: r.key}]->(t)
            ON CREATE SET rel.kind = r.kind, rel.symmetric = r.symmetric
          CREATE (e:Evidence)
          SET e = r.evidence
          CREATE (e)-[:IN]->(d)
        }
        """)) + "\nRETURN d.key AS key";

    /// <summary>Load, step 3: the summary of every relation the document touched, before or now; one with no evidence left goes.</summary>
    public const string Summarise = $$"""
        UNWIND $touched AS x
        MATCH (s:Actor {name: x.source})-[rel:{{RelationTypes}}]->(t:Actor {name: x.target})
        WHERE rel.key = x.key
        OPTIONAL MATCH (e:Evidence {relationKey: x.key})
        WITH rel, collect(e) AS evidence
        WITH rel, evidence, [e IN evidence WHERE e.date IS NOT NULL | e.date] AS dates
        SET rel.evidenceCount = size(evidence),
            rel.confidence = reduce(best = 0.0, e IN evidence | CASE WHEN e.confidence > best THEN e.confidence ELSE best END),
            rel.firstSeen = reduce(first = null, d IN dates | CASE WHEN first IS NULL OR d < first THEN d ELSE first END),
            rel.lastSeen = reduce(last = null, d IN dates | CASE WHEN last IS NULL OR d > last THEN d ELSE last END)
        WITH rel WHERE rel.evidenceCount = 0
        DELETE rel
        """;

    /// <summary>Load, step 4: every relation of the pairs the document touched, with its evidence, for their stance dates.</summary>
    public const string PairEvidence = $$"""
        UNWIND $pairs AS p
        MATCH (a:Actor {name: p.a})-[rel:{{RelationTypes}}]-(b:Actor {name: p.b})
        WITH DISTINCT rel, startNode(rel) AS s, endNode(rel) AS t
        MATCH (e:Evidence {relationKey: rel.key})-[:IN]->(d:Document)
        {{EvidenceColumns}}
        """;

    /// <summary>Load, step 5: the stance dates worked out from the pairs' evidence.</summary>
    public const string SetValidity = $$"""
        UNWIND $validity AS v
        MATCH (s:Actor {name: v.source})-[rel:{{RelationTypes}}]->(t:Actor {name: v.target})
        WHERE rel.key = v.key
        SET rel.validFrom = v.validFrom, rel.validTo = v.validTo, rel.validityStored = true
        """;

    /// <summary>Load, step 6: discovered actors the document named before that nothing names any more.</summary>
    public const string RemoveOrphans = """
        UNWIND $names AS name
        MATCH (a:Actor {name: name})
        WHERE a.discovered AND NOT EXISTS { (:Document)-[:MENTIONS]->(a) } AND NOT EXISTS { (a)--(:Actor) }
        DETACH DELETE a
        """;

    public const string ActorColumns = $$"""
        RETURN a.name AS name, a.type AS type, a.discovered AS discovered, [x IN a.aliases WHERE x <> a.name] AS aliases,
               COUNT { (a)-[:{{RelationTypes}}]-(:Actor) } AS relations,
               COUNT { (:Document)-[:MENTIONS]->(a) } AS documents
        """;

    public const string Actors = $$"""
        MATCH (a:Actor)
        WHERE ($type IS NULL OR a.type = $type)
          AND ($search IS NULL OR a.nameLower CONTAINS $search OR any(x IN a.aliasesLower WHERE x CONTAINS $search))
        {{ActorColumns}}
        ORDER BY a.nameLower
        """;

    public const string FindActor = $$"""
        MATCH (a:Actor)
        WHERE a.nameLower = $name OR $name IN a.aliasesLower
        {{ActorColumns}}
        ORDER BY CASE WHEN a.nameLower = $name THEN 0 ELSE 1 END
        LIMIT 1
        """;

    public const string EvidenceColumns = """
        RETURN rel.key AS key, s.name AS source, t.name AS target, rel.kind AS kind,
               coalesce(rel.validityStored, false) AS validityStored, rel.validTo AS validTo,
               e.id AS id, e.sentence AS sentence, e.sentenceIndex AS sentenceIndex, e.sentenceStart AS sentenceStart,
               e.date AS date, e.datePrecision AS datePrecision, e.dateText AS dateText, e.attribution AS attribution,
               e.claimedBy AS claimedBy, e.confidence AS confidence, e.background AS background,
               e.explanation AS explanation, e.resumed AS resumed,
               d.key AS documentKey, d.title AS title, d.published AS published, d.source AS documentSource,
               d.author AS author, d.url AS url
        ORDER BY toLower(source), toLower(target), kind, documentKey, sentenceIndex
        """;

    public const string Relations = $$"""
        MATCH (s:Actor)-[rel:{{RelationTypes}}]->(t:Actor)
        WHERE $kind IS NULL OR rel.kind = $kind
        MATCH (e:Evidence {relationKey: rel.key})-[:IN]->(d:Document)
        {{EvidenceColumns}}
        """;

    /// <summary>One actor's relations, found from its node (an index lookup), not by reading every relation.</summary>
    public const string RelationsOf = $$"""
        MATCH (x:Actor {name: $actor})-[rel:{{RelationTypes}}]-(:Actor)
        WHERE $kind IS NULL OR rel.kind = $kind
        WITH DISTINCT rel, startNode(rel) AS s, endNode(rel) AS t
        MATCH (e:Evidence {relationKey: rel.key})-[:IN]->(d:Document)
        {{EvidenceColumns}}
        """;

    public const string Documents = """
        MATCH (d:Document)
        RETURN d.key AS key, d.title AS title, d.published AS published, d.source AS source, d.author AS author, d.url AS url
        ORDER BY published, key
        """;

    public const string DocumentsNaming = """
        MATCH (d:Document)-[:MENTIONS]->(a:Actor) WHERE a.name IN $first
        WITH DISTINCT d
        WHERE EXISTS { (d)-[:MENTIONS]->(b:Actor) WHERE b.name IN $second }
        RETURN d.key AS key, d.title AS title, d.published AS published, d.source AS source, d.author AS author, d.url AS url, d.text AS text
        ORDER BY published DESC, key
        LIMIT $limit
        """;

    public const string Count = $$"""
        RETURN COUNT { (:Document) } AS documents, COUNT { (:Actor) } AS actors,
               COUNT { ()-[:{{RelationTypes}}]->() } AS relations, COUNT { (:Evidence) } AS evidence
        """;

    /// <summary>Every load writes its document with a new loadedAt; dictionary syncs change the actor count.</summary>
    public const string ChangeStamp = """
        MATCH (d:Document) WITH count(d) AS documents, max(d.loadedAt) AS last
        RETURN documents, coalesce(last, '') AS last, COUNT { (:Actor) } AS actors, COUNT { (:Evidence) } AS evidence
        """;

    /// <summary>Actors by canonical name, in one statement (a page names hundreds).</summary>
    public const string ActorsNamed = $$"""
        MATCH (a:Actor)
        WHERE a.nameLower IN $names
        {{ActorColumns}}
        """;

    /// <summary>
    /// A read view's neighbours of an actor: each other end and how many of the actor's relations reach it, the kinds
    /// ($kinds, null for all) and the direction ("out": the actor is the source; "in": the target; symmetric kinds
    /// either way) admitting; no evidence read.
    /// </summary>
    public const string ViewNeighbors = $$"""
        MATCH (x:Actor {name: $actor})-[rel:{{RelationTypes}}]-(b:Actor)
        WHERE ($kinds IS NULL OR rel.kind IN $kinds)
          AND ($direction = 'both' OR rel.kind IN $symmetric OR (startNode(rel) = x) = ($direction = 'out'))
        RETURN b.name AS name, count(DISTINCT rel) AS relations
        """;

    /// <summary>The keys of the relations <see cref="ViewNeighbors"/> counts (no evidence): a page is cut from them in the embedded store's order.</summary>
    public const string ViewRelationKeys = $$"""
        MATCH (x:Actor {name: $actor})-[rel:{{RelationTypes}}]-(:Actor)
        WHERE ($kinds IS NULL OR rel.kind IN $kinds)
          AND ($direction = 'both' OR rel.kind IN $symmetric OR (startNode(rel) = x) = ($direction = 'out'))
        WITH DISTINCT rel
        RETURN rel.key AS key, startNode(rel).name AS source, endNode(rel).name AS target, rel.kind AS kind
        """;

    /// <summary>Those of an actor's relations with these keys, with their evidence: a page, found from the actor's node.</summary>
    public const string ViewRelationsKeyed = $$"""
        MATCH (x:Actor {name: $actor})-[rel:{{RelationTypes}}]-(:Actor)
        WHERE rel.key IN $keys
        WITH DISTINCT rel, startNode(rel) AS s, endNode(rel) AS t
        MATCH (e:Evidence {relationKey: rel.key})-[:IN]->(d:Document)
        {{EvidenceColumns}}
        """;

    /// <summary>The earliest and latest dated evidence of an actor's relations, comments left out (dates as text: text order is date order).</summary>
    public const string ViewSeen = $$"""
        MATCH (x:Actor {name: $actor})-[rel:{{RelationTypes}}]-(:Actor)
        WITH DISTINCT rel
        MATCH (e:Evidence {relationKey: rel.key})
        WHERE e.date IS NOT NULL AND e.attribution <> $comment
        RETURN min(e.date) AS earliest, max(e.date) AS latest
        """;

    /// <summary>A read view's counts (<see cref="Neo4jReadView"/>): documents and evidence from the count store.</summary>
    public const string ViewCounts = "RETURN COUNT { (:Document) } AS documents, COUNT { (:Evidence) } AS evidence";

    /// <summary>The actors a query can reach, by type: named by a document or at an end of a relation.</summary>
    public const string ViewActorTypes = $$"""
        MATCH (a:Actor)
        WHERE EXISTS { (:Document)-[:MENTIONS]->(a) } OR EXISTS { (a)-[:{{RelationTypes}}]-(:Actor) }
        RETURN a.type AS key, count(*) AS count
        """;

    public const string ViewRelationKinds = $$"""
        MATCH (:Actor)-[r:{{RelationTypes}}]->(:Actor)
        RETURN r.kind AS key, count(*) AS count
        """;

    /// <summary>
    /// The earliest dated evidence, comments left out: dates are "YYYY", "YYYY-MM" or "YYYY-MM-DD", so text order is
    /// date order (the date index serves the order).
    /// </summary>
    public const string ViewEarliest = """
        MATCH (e:Evidence) WHERE e.date IS NOT NULL AND e.attribution <> $comment
        RETURN e.date AS date, e.datePrecision AS precision ORDER BY e.date ASC LIMIT 1
        """;

    public const string ViewLatest = """
        MATCH (e:Evidence) WHERE e.date IS NOT NULL AND e.attribution <> $comment
        RETURN e.date AS date, e.datePrecision AS precision ORDER BY e.date DESC LIMIT 1
        """;

    public const string Clear = "MATCH (n) WHERE n:Document OR n:Actor OR n:Evidence OR n:Relation DETACH DELETE n";

    /// <summary>Every statement above, for the grammar check.</summary>
    public static IEnumerable<string> All =>
    [
        .. Schema, SyncActors, Fingerprint, ReplaceDocument, AddEvidence, Summarise, PairEvidence, SetValidity, RemoveOrphans,
        Actors, FindActor, Relations, RelationsOf, Documents, DocumentsNaming, Count, ChangeStamp, Clear,
        ViewCounts, ViewActorTypes, ViewRelationKinds, ViewEarliest, ViewLatest, ViewNeighbors, ViewRelationKeys, ViewRelationsKeyed, ViewSeen,
        ActorsNamed,
    ];
}
