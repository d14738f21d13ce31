namespace ActorGraph.Core.Storage.Sqlite;

/// <summary>
/// The embedded store's tables. Version 2 added evidence.resumed. change_log (created when missing, so older stores
/// gain it) lists each committed write: a document's key and what its replaced version touched (relation keys and
/// actor names, JSON), or no key for a write that is no document (the dictionary's sync); a served graph reads only
/// what changed after the last row it saw. relation_validity (created when missing) holds when each relation stops
/// holding, worked out at load for every pair a document touched; a relation without a row (a store written before
/// it existed) has its end worked out when read. actor_counts (created when missing, then filled once for every actor) holds how
/// many relations and documents name each actor, counted again at load for the actors a document touched; an actor without a
/// row is counted when read. actor_span (created when missing, then filled once for every actor) holds the earliest and latest
/// date of each actor's relations' evidence, comments left out, moved at load; an actor without a row has it worked out when read.
/// </summary>
internal static class SqliteSchema
{
    public const int Version = 2;

    public const string Create = """
        CREATE TABLE IF NOT EXISTS schema_info (version INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS documents (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL,
            published TEXT,
            source TEXT,
            author TEXT,
            url TEXT,
            fingerprint TEXT NOT NULL,
            text TEXT NOT NULL,
            loaded_at TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS actors (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            type TEXT NOT NULL,
            discovered INTEGER NOT NULL DEFAULT 0);
        CREATE TABLE IF NOT EXISTS aliases (
            actor_id INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
            alias TEXT NOT NULL COLLATE NOCASE,
            PRIMARY KEY (actor_id, alias));
        CREATE INDEX IF NOT EXISTS aliases_by_alias ON aliases(alias);
        CREATE TABLE IF NOT EXISTS document_actors (
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            actor_id INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
            PRIMARY KEY (document_id, actor_id));
        CREATE INDEX IF NOT EXISTS document_actors_by_actor ON document_actors(actor_id);
        CREATE TABLE IF NOT EXISTS relations (
            id INTEGER PRIMARY KEY,
            source_id INTEGER NOT NULL REFERENCES actors(id),
            target_id INTEGER NOT NULL REFERENCES actors(id),
            kind TEXT NOT NULL,
            UNIQUE (source_id, target_id, kind));
        CREATE INDEX IF NOT EXISTS relations_by_target ON relations(target_id);
        CREATE TABLE IF NOT EXISTS evidence (
            id INTEGER PRIMARY KEY,
            relation_id INTEGER NOT NULL REFERENCES relations(id) ON DELETE CASCADE,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            sentence TEXT NOT NULL,
            sentence_index INTEGER NOT NULL,
            sentence_start INTEGER NOT NULL,
            date TEXT,
            date_precision TEXT,
            date_text TEXT,
            attribution TEXT NOT NULL,
            claimed_by TEXT,
            confidence REAL NOT NULL,
            background INTEGER NOT NULL,
            explanation TEXT NOT NULL,
            resumed INTEGER NOT NULL DEFAULT 0);
        CREATE INDEX IF NOT EXISTS evidence_by_relation ON evidence(relation_id);
        CREATE INDEX IF NOT EXISTS evidence_by_document ON evidence(document_id);
        CREATE TABLE IF NOT EXISTS store_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS relation_validity (
            relation_id INTEGER PRIMARY KEY REFERENCES relations(id) ON DELETE CASCADE,
            valid_to TEXT);
        CREATE TABLE IF NOT EXISTS actor_counts (
            actor_id INTEGER PRIMARY KEY REFERENCES actors(id) ON DELETE CASCADE,
            relations INTEGER NOT NULL,
            documents INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS actor_span (
            actor_id INTEGER PRIMARY KEY REFERENCES actors(id) ON DELETE CASCADE,
            earliest TEXT,
            latest TEXT);
        CREATE TABLE IF NOT EXISTS change_log (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            document_key TEXT,
            before TEXT);
        """;

    /// <summary>How many change_log rows are kept: a reader further behind reads the whole graph again.</summary>
    public const int ChangeLogRows = 10_000;
}
