using System.Globalization;
using System.Text.Json;
using ActorGraph.Core.Model;
using Microsoft.Data.Sqlite;

namespace ActorGraph.Core.Storage.Sqlite;

/// <summary>
/// The embedded store: one SQLite file in WAL mode. Every query is parameterised; every document load is one
/// transaction, so a failure leaves the store as it was.
/// </summary>
public sealed class SqliteGraphStore : IGraphStore
{
    /// <summary>Where the store lives unless told otherwise, relative to the working directory.</summary>
    public const string DefaultPath = "data/actorgraph.db";

    /// <summary>What every actor query reads: the columns <see cref="ReadActorsAsync"/> expects, then its own WHERE.</summary>
    private const string ActorColumns = """
        SELECT a.id, a.name, a.type, a.discovered,
               (SELECT COUNT(*) FROM relations r WHERE r.source_id = a.id OR r.target_id = a.id),
               (SELECT COUNT(*) FROM document_actors d WHERE d.actor_id = a.id)
        FROM actors a

        """;

    /// <summary>The writer: loads and dictionary syncs, one transaction at a time.</summary>
    private readonly SqliteConnection _connection;

    /// <summary>
    /// Reads open their own read-only connection (pooled): in WAL mode they see only committed data, never the
    /// writer's open transaction, and any number of them may run beside a load.
    /// </summary>
    private readonly string _readerConnectionString;

    /// <summary>A connection that never writes, for PRAGMA data_version: it changes whenever anyone else commits.</summary>
    private readonly SqliteConnection _watch;
    private readonly SemaphoreSlim _watchGate = new(1, 1);

    public SqliteGraphStore(string path)
    {
        Path = path;
        var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
        if (folder is not null)
            Directory.CreateDirectory(folder);
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        _readerConnectionString = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = true }.ToString();
        _watch = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
    }

    public string Path { get; }

    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await _connection.OpenAsync(cancellationToken);
            // WAL with synchronous=NORMAL: a crash of the program loses nothing committed; a power cut may lose the
            // last commits but never corrupts the file.
            await ExecuteAsync("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=5000;", cancellationToken);
            await ExecuteAsync(SqliteSchema.Create, cancellationToken);
        }
        catch (SqliteException e) when (e.SqliteErrorCode is 26 or 11)
        {
            throw new InputException(Path, 0, "not an ActorGraph store (the file is not a SQLite database or is damaged)");
        }
        await using var version = Command("SELECT version FROM schema_info LIMIT 1");
        var found = await version.ExecuteScalarAsync(cancellationToken);
        if (found is null)
        {
            await using var insert = Command("INSERT INTO schema_info(version) VALUES ($v)", ("$v", SqliteSchema.Version));
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
        else if (Convert.ToInt32(found, CultureInfo.InvariantCulture) > SqliteSchema.Version)
        {
            throw new InputException(Path, 0, $"store schema version {found} is newer than this ActorGraph understands ({SqliteSchema.Version})");
        }
        else if (Convert.ToInt32(found, CultureInfo.InvariantCulture) < 2)
        {
            // Version 1 stores lack evidence.resumed; their documents are re-read on the next load (new extractor version).
            await ExecuteAsync("ALTER TABLE evidence ADD COLUMN resumed INTEGER NOT NULL DEFAULT 0; UPDATE schema_info SET version = 2;", cancellationToken);
        }
        await _watch.OpenAsync(cancellationToken);
    }

    /// <summary>
    /// Changes whenever any connection (this store's writer, another process's <c>actorgraph load</c>) commits:
    /// SQLite's data_version as seen from a connection that never writes.
    /// </summary>
    public async Task<string> ChangeStampAsync(CancellationToken cancellationToken = default)
    {
        await _watchGate.WaitAsync(cancellationToken);
        try
        {
            await using var command = _watch.CreateCommand();
            command.CommandText = "PRAGMA data_version";
            return Convert.ToString(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) ?? "";
        }
        finally
        {
            _watchGate.Release();
        }
    }

    private async Task<SqliteConnection> OpenReaderAsync(CancellationToken cancellationToken)
    {
        var reader = new SqliteConnection(_readerConnectionString);
        await reader.OpenAsync(cancellationToken);
        return reader;
    }

    public async Task SyncActorsAsync(IEnumerable<Actor> actors, CancellationToken cancellationToken = default)
    {
        var list = actors.ToList();
        // The same dictionary as last synced writes nothing: a load or a start-up then changes nothing a reader must follow.
        var fingerprint = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(list)));
        await using var transaction = (SqliteTransaction)await _connection.BeginTransactionAsync(cancellationToken);
        await using (var synced = Command("SELECT value FROM store_meta WHERE key = 'dictionary'"))
        {
            synced.Transaction = transaction;
            if (await synced.ExecuteScalarAsync(cancellationToken) is string known && known == fingerprint)
                return;
        }
        foreach (var actor in list)
        {
            var id = await UpsertActorAsync(actor, transaction, cancellationToken);
            await using (var clear = Command("DELETE FROM aliases WHERE actor_id = $id", ("$id", id)))
            {
                clear.Transaction = transaction;
                await clear.ExecuteNonQueryAsync(cancellationToken);
            }
            foreach (var alias in actor.Aliases.Append(actor.Name).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                await using var add = Command("INSERT OR IGNORE INTO aliases(actor_id, alias) VALUES ($id, $alias)", ("$id", id), ("$alias", alias));
                add.Transaction = transaction;
                await add.ExecuteNonQueryAsync(cancellationToken);
            }
        }
        await RunAsync(transaction, cancellationToken, "INSERT INTO change_log(document_key, before) VALUES (NULL, NULL)");
        await RunAsync(transaction, cancellationToken, "INSERT OR REPLACE INTO store_meta(key, value) VALUES ('dictionary', $fp)", ("$fp", fingerprint));
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<string?> FingerprintOfAsync(string documentKey, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenReaderAsync(cancellationToken);
        await using var find = Command(connection, "SELECT fingerprint FROM documents WHERE key = $key", ("$key", documentKey));
        return await find.ExecuteScalarAsync(cancellationToken) as string;
    }

    public async Task<LoadOutcome> LoadAsync(ExtractionResult result, string fingerprint, CancellationToken cancellationToken = default)
    {
        var document = result.Document;
        await using var transaction = (SqliteTransaction)await _connection.BeginTransactionAsync(cancellationToken);
        long? existing = null;
        await using (var find = Command("SELECT id, fingerprint FROM documents WHERE key = $key", ("$key", document.Key)))
        {
            find.Transaction = transaction;
            await using var reader = await find.ExecuteReaderAsync(cancellationToken);
            if (await reader.ReadAsync(cancellationToken))
            {
                if (reader.GetString(1) == fingerprint)
                    return LoadOutcome.Unchanged;
                existing = reader.GetInt64(0);
            }
        }

        long documentId;
        // What the replaced version touched: only these relations and actors can be left without support.
        var touchedRelations = new List<long>();
        var touchedActors = new List<long>();
        string? before = null;
        if (existing is { } id)
        {
            documentId = id;
            touchedRelations = await IdsAsync(transaction, cancellationToken, "SELECT DISTINCT relation_id FROM evidence WHERE document_id = $d", ("$d", id));
            touchedActors = await IdsAsync(transaction, cancellationToken,
                "SELECT actor_id FROM document_actors WHERE document_id = $d UNION SELECT source_id FROM relations r JOIN evidence e ON e.relation_id = r.id WHERE e.document_id = $d UNION SELECT target_id FROM relations r JOIN evidence e ON e.relation_id = r.id WHERE e.document_id = $d",
                ("$d", id));
            before = await TouchedNamesAsync(transaction, touchedRelations, touchedActors, cancellationToken);
            await RunAsync(transaction, cancellationToken, "DELETE FROM evidence WHERE document_id = $d", ("$d", id));
            await RunAsync(transaction, cancellationToken, "DELETE FROM document_actors WHERE document_id = $d", ("$d", id));
            await RunAsync(transaction, cancellationToken,
                "UPDATE documents SET title=$title, published=$published, source=$source, author=$author, url=$url, fingerprint=$fp, text=$text, loaded_at=$now WHERE id=$d",
                DocumentParameters(document, fingerprint).Append(("$d", id)).ToArray());
        }
        else
        {
            await using var insert = Command(
                "INSERT INTO documents(key, title, published, source, author, url, fingerprint, text, loaded_at) VALUES ($key, $title, $published, $source, $author, $url, $fp, $text, $now) RETURNING id",
                DocumentParameters(document, fingerprint).Append(("$key", document.Key)).ToArray());
            insert.Transaction = transaction;
            documentId = Convert.ToInt64(await insert.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        }

        var actorIds = new Dictionary<string, long>(StringComparer.OrdinalIgnoreCase);
        await using (var link = Prepared(transaction, "INSERT OR IGNORE INTO document_actors(document_id, actor_id) VALUES ($d, $a)", "$d", "$a"))
            foreach (var actor in result.Actors)
            {
                actorIds[actor.Name] = await EnsureActorAsync(actor, transaction, cancellationToken);
                await ExecuteAsync(link, cancellationToken, documentId, actorIds[actor.Name]);
            }
        // Statements prepared once per document, not once per row.
        await using var upsert = Prepared(transaction,
            "INSERT INTO relations(source_id, target_id, kind) VALUES ($s, $t, $k) ON CONFLICT(source_id, target_id, kind) DO UPDATE SET kind = excluded.kind RETURNING id",
            "$s", "$t", "$k");
        await using var addEvidence = Prepared(transaction,
            """
            INSERT INTO evidence(relation_id, document_id, sentence, sentence_index, sentence_start, date, date_precision, date_text,
                                 attribution, claimed_by, confidence, background, explanation, resumed)
            VALUES ($r, $d, $sentence, $index, $start, $date, $precision, $dateText, $attribution, $claimedBy, $confidence, $background, $explanation, $resumed)
            """,
            "$r", "$d", "$sentence", "$index", "$start", "$date", "$precision", "$dateText", "$attribution", "$claimedBy", "$confidence", "$background", "$explanation", "$resumed");
        foreach (var relation in result.Relations)
        {
            var (source, target) = relation.IsSymmetric && string.CompareOrdinal(relation.Source, relation.Target) > 0
                ? (relation.Target, relation.Source) : (relation.Source, relation.Target);
            var sourceId = await ActorIdAsync(source, actorIds, transaction, cancellationToken);
            var targetId = await ActorIdAsync(target, actorIds, transaction, cancellationToken);
            Bind(upsert, sourceId, targetId, ModelNames.Of(relation.Kind));
            var relationId = Convert.ToInt64(await upsert.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
            var e = relation.Evidence;
            await ExecuteAsync(addEvidence, cancellationToken,
                relationId, documentId, e.Sentence, e.SentenceIndex, e.SentenceStart,
                e.Date?.ToString(), e.Date is { } d ? ModelNames.Of(d.Precision) : null, e.DateText,
                ModelNames.Of(e.Attribution), e.ClaimedBy, e.Confidence, e.Background ? 1 : 0, e.Explanation, e.Resumed ? 1 : 0);
        }
        // What the replaced evidence alone held up goes with it; nothing else is looked at.
        await using (var dropRelation = Prepared(transaction, "DELETE FROM relations WHERE id = $id AND NOT EXISTS (SELECT 1 FROM evidence WHERE relation_id = $id)", "$id"))
            foreach (var relationId in touchedRelations)
                await ExecuteAsync(dropRelation, cancellationToken, relationId);
        await using (var dropActor = Prepared(transaction,
            """
            DELETE FROM actors WHERE id = $id AND discovered = 1
              AND NOT EXISTS (SELECT 1 FROM document_actors WHERE actor_id = $id)
              AND NOT EXISTS (SELECT 1 FROM relations WHERE source_id = $id)
              AND NOT EXISTS (SELECT 1 FROM relations WHERE target_id = $id)
            """, "$id"))
            foreach (var actorId in touchedActors)
                await ExecuteAsync(dropActor, cancellationToken, actorId);
        await RunAsync(transaction, cancellationToken, "INSERT INTO change_log(document_key, before) VALUES ($key, $before)", ("$key", document.Key), ("$before", before));
        await RunAsync(transaction, cancellationToken, "DELETE FROM change_log WHERE seq <= (SELECT MAX(seq) FROM change_log) - $keep", ("$keep", SqliteSchema.ChangeLogRows));
        await transaction.CommitAsync(cancellationToken);
        return existing is null ? LoadOutcome.Added : LoadOutcome.Replaced;
    }

    /// <summary>The relation keys and actor names a replaced version touched, as JSON for change_log.</summary>
    private async Task<string> TouchedNamesAsync(SqliteTransaction transaction, List<long> relations, List<long> actors, CancellationToken cancellationToken)
    {
        var keys = new List<string[]>();
        await using (var read = Command("""
            SELECT s.name, t.name, r.kind FROM relations r JOIN actors s ON s.id = r.source_id JOIN actors t ON t.id = r.target_id
            WHERE r.id IN (SELECT value FROM json_each($ids))
            """, ("$ids", JsonSerializer.Serialize(relations))))
        {
            read.Transaction = transaction;
            await using var rows = await read.ExecuteReaderAsync(cancellationToken);
            while (await rows.ReadAsync(cancellationToken))
                keys.Add([rows.GetString(0), rows.GetString(1), rows.GetString(2)]);
        }
        var names = new List<string>();
        await using (var read = Command("SELECT name FROM actors WHERE id IN (SELECT value FROM json_each($ids))", ("$ids", JsonSerializer.Serialize(actors))))
        {
            read.Transaction = transaction;
            await using var rows = await read.ExecuteReaderAsync(cancellationToken);
            while (await rows.ReadAsync(cancellationToken))
                names.Add(rows.GetString(0));
        }
        return JsonSerializer.Serialize(new TouchedBefore(keys, names));
    }

    private sealed record TouchedBefore(List<string[]> Relations, List<string> Actors);

    /// <summary>A command for <paramref name="sql"/> in the transaction, its parameters made once and bound per row.</summary>
    private SqliteCommand Prepared(SqliteTransaction transaction, string sql, params string[] parameters)
    {
        var command = Command(sql);
        command.Transaction = transaction;
        foreach (var name in parameters)
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        return command;
    }

    private static void Bind(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
    }

    private static async Task ExecuteAsync(SqliteCommand command, CancellationToken cancellationToken, params object?[] values)
    {
        Bind(command, values);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<List<long>> IdsAsync(SqliteTransaction transaction, CancellationToken cancellationToken, string sql, params (string, object?)[] parameters)
    {
        await using var command = Command(sql, parameters);
        command.Transaction = transaction;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var ids = new List<long>();
        while (await reader.ReadAsync(cancellationToken))
            ids.Add(reader.GetInt64(0));
        return ids;
    }

    public async Task<IReadOnlyList<StoredActor>> GetActorsAsync(string? search = null, ActorType? type = null, CancellationToken cancellationToken = default)
    {
        const string sql = ActorColumns + """
            WHERE ($type IS NULL OR a.type = $type)
              AND ($search IS NULL OR a.name LIKE $pattern ESCAPE '\' OR EXISTS (SELECT 1 FROM aliases x WHERE x.actor_id = a.id AND x.alias LIKE $pattern ESCAPE '\'))
            ORDER BY a.name COLLATE NOCASE
            """;
        var pattern = search is null ? null : "%" + search.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
        await using var connection = await OpenReaderAsync(cancellationToken);
        await using var snapshot = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken); // both reads see one state
        return await ReadActorsAsync(connection, sql, cancellationToken, ("$type", type is { } t ? ModelNames.Of(t) : null), ("$search", search), ("$pattern", pattern));
    }

    /// <summary>
    /// Reads actors, relations and documents as of one committed state. The relations (most of the work: a million
    /// of them carry a million and a half evidence rows) are read in two halves on two connections at once, when
    /// both connections' read transactions see the same state: every write appends to <c>change_log</c>, so the same
    /// last change means the same state. Otherwise, or on a small store, on one connection.
    /// </summary>
    public async Task<StoredGraph> ReadGraphAsync(bool withText, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenReaderAsync(cancellationToken);
        await using var snapshot = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken); // one state for all three
        var mark = await ChangeMarkAsync(connection, cancellationToken); // the first read fixes the transaction's state
        var actors = await ReadActorsAsync(connection, ActorColumns + " ORDER BY a.name COLLATE NOCASE", cancellationToken);
        var documents = await ReadDocumentListAsync(connection, cancellationToken);
        var (first, last) = await IdRangeAsync(connection, cancellationToken);
        if (last - first >= SplitReadRelations && (Environment.ProcessorCount > 1 || SplitReadRelations <= 1))
        {
            await using var other = await OpenReaderAsync(cancellationToken);
            await using var otherSnapshot = (SqliteTransaction)await other.BeginTransactionAsync(cancellationToken);
            if (await ChangeMarkAsync(other, cancellationToken) == mark)
            {
                // Documents and names are read once and shared by both halves (read only there).
                var lookups = await ReadLookupsAsync(connection, null, cancellationToken);
                var middle = first + (last - first) / 2;
                var lower = Task.Run(() => ReadRelationRowsAsync(connection, null, null, withText, cancellationToken, toId: middle, lookups: lookups), cancellationToken);
                var upper = Task.Run(() => ReadRelationRowsAsync(other, null, null, withText, cancellationToken, fromId: middle, lookups: lookups), cancellationToken);
                var halves = await Task.WhenAll(lower, upper);
                var relations = InNameOrder(halves[0].Relations.Concat(halves[1].Relations), lookups.Names.Values);
                return new StoredGraph(actors, relations, documents) { ChangeMark = mark };
            }
        }
        return new StoredGraph(actors, await ReadRelationsAsync(connection, null, null, withText, cancellationToken), documents) { ChangeMark = mark };
    }

    /// <summary>How many relation ids a store must span before its graph is read in two halves (tests lower it).</summary>
    internal long SplitReadRelations { get; init; } = 50_000;

    private static async Task<(long First, long Last)> IdRangeAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, "SELECT COALESCE(MIN(id), 0), COALESCE(MAX(id), 0) FROM relations");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return (reader.GetInt64(0), reader.GetInt64(1));
    }

    private static async Task<long> ChangeMarkAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, "SELECT COALESCE(MAX(seq), 0) FROM change_log");
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// What documents committed after <paramref name="since"/> changed, read as of one state; null when a write that
    /// is no document came in between, when more than <paramref name="maxDocuments"/> documents changed, or when
    /// the log no longer reaches back that far: the whole graph must then be read again.
    /// </summary>
    public async Task<StoredGraphChanges?> ReadChangesAsync(long since, int maxDocuments, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenReaderAsync(cancellationToken);
        await using var snapshot = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var relationKeys = new HashSet<(string, string, RelationKind)>();
        var actorNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        long mark = since, first = -1;
        await using (var log = Command(connection, "SELECT seq, document_key, before FROM change_log WHERE seq >= $since ORDER BY seq", ("$since", since)))
        await using (var rows = await log.ExecuteReaderAsync(cancellationToken))
            while (await rows.ReadAsync(cancellationToken))
            {
                var seq = rows.GetInt64(0);
                if (first < 0)
                    first = seq;
                if (seq == since)
                    continue; // the mark itself was read before
                if (rows.IsDBNull(1))
                    return null;
                keys.Add(rows.GetString(1));
                mark = seq;
                if (!rows.IsDBNull(2) && JsonSerializer.Deserialize<TouchedBefore>(rows.GetString(2)) is { } before)
                {
                    foreach (var key in before.Relations)
                        if (ModelNames.TryParseKind(key[2], out var kind))
                            relationKeys.Add((key[0], key[1], kind));
                    actorNames.UnionWith(before.Actors);
                }
            }
        if (keys.Count > maxDocuments || (since > 0 && first != since))
            return null; // too many, or the rows after the mark were pruned
        var keysJson = JsonSerializer.Serialize(keys);
        // The relations to read now: those the changed documents hold evidence for, and those their old versions
        // touched that still exist (found by their names).
        var ids = new List<long>();
        await using (var read = Command(connection, """
            SELECT DISTINCT e.relation_id FROM evidence e JOIN documents d ON d.id = e.document_id WHERE d.key IN (SELECT value FROM json_each($keys))
            UNION
            SELECT r.id FROM json_each($before) k
            JOIN actors s ON s.name = json_extract(k.value, '$[0]') JOIN actors t ON t.name = json_extract(k.value, '$[1]')
            JOIN relations r ON r.source_id = s.id AND r.target_id = t.id AND r.kind = json_extract(k.value, '$[2]')
            """, ("$keys", keysJson), ("$before", JsonSerializer.Serialize(relationKeys.Select(k => new[] { k.Item1, k.Item2, ModelNames.Of(k.Item3) })))))
        await using (var rows = await read.ExecuteReaderAsync(cancellationToken))
            while (await rows.ReadAsync(cancellationToken))
                ids.Add(rows.GetInt64(0));
        var relations = await ReadRelationsAsync(connection, null, null, withText: false, cancellationToken, JsonSerializer.Serialize(ids));
        foreach (var relation in relations)
            relationKeys.Add((relation.Source, relation.Target, relation.Kind));
        await using (var read = Command(connection, """
            SELECT a.name FROM document_actors da JOIN actors a ON a.id = da.actor_id JOIN documents d ON d.id = da.document_id
            WHERE d.key IN (SELECT value FROM json_each($keys))
            """, ("$keys", keysJson)))
        await using (var rows = await read.ExecuteReaderAsync(cancellationToken))
            while (await rows.ReadAsync(cancellationToken))
                actorNames.Add(rows.GetString(0));
        foreach (var (source, target, _) in relationKeys)
        {
            actorNames.Add(source);
            actorNames.Add(target);
        }
        var actors = await ReadActorsAsync(connection, ActorColumns + " WHERE a.name IN (SELECT value FROM json_each($names)) ORDER BY a.name COLLATE NOCASE",
            cancellationToken, ("$names", JsonSerializer.Serialize(actorNames)));
        var documents = await ReadDocumentListAsync(connection, cancellationToken, keysJson);
        return new StoredGraphChanges(mark, relationKeys, relations, actorNames, actors, keys, documents, await CountAsync(connection, cancellationToken));
    }

    public async Task<StoredActor?> FindActorAsync(string nameOrAlias, CancellationToken cancellationToken = default)
    {
        const string sql = ActorColumns + """
            WHERE a.name = $name OR EXISTS (SELECT 1 FROM aliases x WHERE x.actor_id = a.id AND x.alias = $name)
            ORDER BY a.name = $name DESC
            LIMIT 1
            """;
        await using var connection = await OpenReaderAsync(cancellationToken);
        await using var snapshot = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken); // both reads see one state
        var found = await ReadActorsAsync(connection, sql, cancellationToken, ("$name", nameOrAlias.Trim()));
        return found.Count > 0 ? found[0] : null;
    }

    public async Task<IReadOnlyList<StoredRelation>> GetRelationsAsync(string? actor = null, RelationKind? kind = null, CancellationToken cancellationToken = default, bool withText = true)
    {
        await using var connection = await OpenReaderAsync(cancellationToken);
        await using var snapshot = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken); // one state for every read
        return await ReadRelationsAsync(connection, actor, kind, withText, cancellationToken);
    }

    /// <param name="ids">JSON list of relation ids: only these relations, and only their names and documents are read (null: all).</param>
    private static async Task<IReadOnlyList<StoredRelation>> ReadRelationsAsync(SqliteConnection connection, string? actor, RelationKind? kind, bool withText,
        CancellationToken cancellationToken, string? ids = null)
    {
        var (relations, names) = await ReadRelationRowsAsync(connection, actor, kind, withText, cancellationToken, ids);
        return InNameOrder(relations, names.Values);
    }

    /// <summary>A relation as read, before the relations are put in name order.</summary>
    private sealed record RelationRow(long Id, string Source, string Target, RelationKind Kind, List<StoredEvidence> Evidence);

    /// <summary>The relations in the store's order: source, target (names, case ignored), then kind.</summary>
    private static List<StoredRelation> InNameOrder(IEnumerable<RelationRow> relations, IEnumerable<string> names)
    {
        // Each name's rank and each kind's computed once; a relation's place is one number (source, target, kind).
        var rank = names.Distinct().Order(StringComparer.OrdinalIgnoreCase).Select((name, i) => (name, i)).ToDictionary(x => x.name, x => (long)x.i, StringComparer.Ordinal);
        var kinds = Enum.GetValues<RelationKind>().OrderBy(ModelNames.Of, StringComparer.Ordinal).Select((kind, i) => (kind, i)).ToDictionary(x => x.kind, x => (long)x.i);
        var rows = relations.ToArray();
        var places = new long[rows.Length];
        for (var i = 0; i < rows.Length; i++)
            places[i] = (rank[rows[i].Source] * rank.Count + rank[rows[i].Target]) * kinds.Count + kinds[rows[i].Kind];
        Array.Sort(places, rows);
        return rows.Select(r => new StoredRelation(r.Source, r.Target, r.Kind, r.Evidence)).ToList();
    }

    /// <summary>The documents and actor names by id that relation rows refer to (only those of <paramref name="ids"/>' relations when given).</summary>
    private static async Task<(Dictionary<long, StoredDocument> Documents, Dictionary<long, string> Names)> ReadLookupsAsync(SqliteConnection connection,
        string? ids, CancellationToken cancellationToken)
    {
        var documents = new Dictionary<long, StoredDocument>();
        await using (var read = Command(connection, """
            SELECT id, key, title, published, source, author, url FROM documents
            WHERE $ids IS NULL OR id IN (SELECT document_id FROM evidence WHERE relation_id IN (SELECT value FROM json_each($ids)))
            """, ("$ids", ids)))
        await using (var rows = await read.ExecuteReaderAsync(cancellationToken))
            while (await rows.ReadAsync(cancellationToken))
                documents[rows.GetInt64(0)] = new StoredDocument(rows.GetString(1), rows.GetString(2), ParseDay(Text(rows, 3)), Text(rows, 4), Text(rows, 5), Text(rows, 6));
        var names = new Dictionary<long, string>();
        await using (var read = Command(connection, """
            SELECT id, name FROM actors
            WHERE $ids IS NULL OR id IN (SELECT source_id FROM relations WHERE id IN (SELECT value FROM json_each($ids))
                                         UNION SELECT target_id FROM relations WHERE id IN (SELECT value FROM json_each($ids)))
            """, ("$ids", ids)))
        await using (var rows = await read.ExecuteReaderAsync(cancellationToken))
            while (await rows.ReadAsync(cancellationToken))
                names[rows.GetInt64(0)] = rows.GetString(1);
        return (documents, names);
    }

    /// <param name="fromId">With <paramref name="toId"/>: only relations whose id is in [fromId, toId) (null: no bound).</param>
    /// <param name="lookups">The documents and actor names by id, when the caller read them already (in the same state).</param>
    private static async Task<(List<RelationRow> Relations, Dictionary<long, string> Names)> ReadRelationRowsAsync(SqliteConnection connection,
        string? actor, RelationKind? kind, bool withText, CancellationToken cancellationToken, string? ids = null, long? fromId = null, long? toId = null,
        (Dictionary<long, StoredDocument> Documents, Dictionary<long, string> Names)? lookups = null)
    {
        // The whole graph (no actor) is read in row order and sorted in memory: sorting a million rows by name in
        // SQL is what made a snapshot slow; without text, sentences and explanations stay on disk. Names, kinds,
        // dates and documents repeat: each distinct one is read and parsed once.
        var sql = $"""
            SELECT r.id, r.source_id, r.target_id, r.kind,
                   {(withText ? "e.sentence" : "''")}, e.sentence_index, e.sentence_start, e.date, e.date_precision, e.date_text, e.attribution, e.claimed_by,
                   e.confidence, e.background, {(withText ? "e.explanation" : "''")},
                   e.document_id, e.resumed, e.id
            FROM relations r
            JOIN evidence e ON e.relation_id = r.id
            WHERE ($actor IS NULL OR r.source_id IN (SELECT id FROM actors WHERE name = $actor) OR r.target_id IN (SELECT id FROM actors WHERE name = $actor))
              AND ($kind IS NULL OR r.kind = $kind)
              AND ($ids IS NULL OR r.id IN (SELECT value FROM json_each($ids)))
              AND ($from IS NULL OR r.id >= $from) AND ($to IS NULL OR r.id < $to)
            ORDER BY r.id, e.id
            """;
        var (documents, names) = lookups ?? await ReadLookupsAsync(connection, ids, cancellationToken);
        var strings = new Dictionary<string, string>(StringComparer.Ordinal);
        string? Shared(string? value) => value is null ? null : strings.TryGetValue(value, out var known) ? known : strings[value] = value;
        var dates = new Dictionary<string, PartialDate?>(StringComparer.Ordinal);
        PartialDate? Date(string? text, string? precision)
        {
            if (text is null)
                return null;
            var parsedPrecision = precision is null ? (DatePrecision?)null : precision switch
            {
                "day" => DatePrecision.Day, "month" => DatePrecision.Month, "year" => DatePrecision.Year, "week" => DatePrecision.Week,
                _ => ModelNames.TryParsePrecision(precision, out var p) ? p : null,
            };
            if (parsedPrecision == DatePrecision.Week)
                return PartialDate.Parse(text, parsedPrecision); // the text alone does not say week
            if (!dates.TryGetValue(text, out var date))
                dates[text] = date = PartialDate.Parse(text, parsedPrecision);
            return date;
        }
        var kinds = new Dictionary<string, RelationKind>(StringComparer.Ordinal);
        var attributions = new Dictionary<string, Attribution>(StringComparer.Ordinal);
        await using var command = Command(connection, sql, ("$actor", actor), ("$kind", kind is { } k ? ModelNames.Of(k) : null), ("$ids", ids),
            ("$from", fromId), ("$to", toId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var relations = new List<RelationRow>();
        var row = 0;
        while (reader.Read()) // synchronous: a task per row costs more than the row
        {
            if (++row % 65_536 == 0)
                cancellationToken.ThrowIfCancellationRequested();
            var id = reader.GetInt64(0);
            if (relations.Count == 0 || relations[^1].Id != id)
            {
                var kindText = reader.GetString(3);
                if (!kinds.TryGetValue(kindText, out var relationKind))
                    kinds[kindText] = relationKind = ModelNames.TryParseKind(kindText, out var parsedKind) ? parsedKind : default;
                relations.Add(new RelationRow(id, names[reader.GetInt64(1)], names[reader.GetInt64(2)], relationKind, []));
            }
            var attributionText = reader.GetString(10);
            if (!attributions.TryGetValue(attributionText, out var attribution))
                attributions[attributionText] = attribution = ModelNames.TryParseAttribution(attributionText, out var parsed) ? parsed : default;
            var document = documents[reader.GetInt64(15)];
            var evidence = new Evidence(document.Key, reader.GetString(4), reader.GetInt32(5), reader.GetInt32(6),
                Date(Text(reader, 7), Text(reader, 8)), Shared(Text(reader, 9)), attribution, Shared(Text(reader, 11)),
                reader.GetDouble(12), reader.GetInt32(13) == 1, reader.GetString(14)) { Resumed = reader.GetInt32(16) == 1 };
            relations[^1].Evidence.Add(new StoredEvidence(evidence, document) { Id = reader.GetInt64(17) });
        }
        foreach (var relation in relations.Where(r => r.Evidence.Count > 1))
            relation.Evidence.Sort((x, y) => string.CompareOrdinal(x.Document.Key, y.Document.Key) is var byKey and not 0 ? byKey : x.Evidence.SentenceIndex.CompareTo(y.Evidence.SentenceIndex));
        return (relations, names);
    }

    public async Task<IReadOnlyDictionary<long, (string Sentence, string Explanation)>> GetEvidenceTextAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken = default)
    {
        var texts = new Dictionary<long, (string, string)>();
        if (ids.Count == 0)
            return texts;
        // One statement for all of them (a page shows hundreds): the ids travel as one JSON array parameter.
        await using var connection = await OpenReaderAsync(cancellationToken);
        await using var command = Command(connection, "SELECT id, sentence, explanation FROM evidence WHERE id IN (SELECT value FROM json_each($ids))",
            ("$ids", JsonSerializer.Serialize(ids.Distinct())));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            texts[reader.GetInt64(0)] = (reader.GetString(1), reader.GetString(2));
        return texts;
    }

    /// <summary>
    /// Every stored document as the extraction it was stored from (text, mentioned actors, relations with their
    /// evidence) and its fingerprint, one at a time: what copying this store into another needs.
    /// </summary>
    public async IAsyncEnumerable<(ExtractionResult Result, string Fingerprint)> ReadDocumentsAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenReaderAsync(cancellationToken);
        var ids = new List<long>();
        await using (var list = Command(connection, "SELECT id FROM documents ORDER BY key"))
        await using (var rows = await list.ExecuteReaderAsync(cancellationToken))
            while (await rows.ReadAsync(cancellationToken))
                ids.Add(rows.GetInt64(0));
        await using var documentRow = Command(connection, "SELECT key, title, published, source, author, url, text, fingerprint FROM documents WHERE id = $id", ("$id", 0L));
        await using var actorRows = Command(connection, "SELECT a.name, a.type, a.discovered FROM document_actors da JOIN actors a ON a.id = da.actor_id WHERE da.document_id = $id ORDER BY a.name", ("$id", 0L));
        await using var evidenceRows = Command(connection, """
            SELECT s.name, t.name, r.kind, e.sentence, e.sentence_index, e.sentence_start, e.date, e.date_precision, e.date_text,
                   e.attribution, e.claimed_by, e.confidence, e.background, e.explanation, e.resumed
            FROM evidence e JOIN relations r ON r.id = e.relation_id JOIN actors s ON s.id = r.source_id JOIN actors t ON t.id = r.target_id
            WHERE e.document_id = $id ORDER BY e.id
            """, ("$id", 0L));
        foreach (var id in ids)
        {
            documentRow.Parameters["$id"].Value = id;
            actorRows.Parameters["$id"].Value = id;
            evidenceRows.Parameters["$id"].Value = id;
            SourceDocument? document = null;
            string fingerprint = "";
            await using (var row = await documentRow.ExecuteReaderAsync(cancellationToken))
                if (await row.ReadAsync(cancellationToken))
                {
                    document = new SourceDocument(row.GetString(0), row.GetString(1), ParseDay(Text(row, 2)), Text(row, 3), Text(row, 4), Text(row, 5), row.GetString(6), 0);
                    fingerprint = row.GetString(7);
                }
            if (document is null)
                continue; // removed since the list was read
            var actors = new List<Actor>();
            await using (var rows = await actorRows.ExecuteReaderAsync(cancellationToken))
                while (await rows.ReadAsync(cancellationToken))
                    actors.Add(new Actor(rows.GetString(0), ModelNames.TryParseActorType(rows.GetString(1), out var type) ? type : ActorType.Other, [], rows.GetInt32(2) == 1));
            var relations = new List<ExtractedRelation>();
            await using (var rows = await evidenceRows.ExecuteReaderAsync(cancellationToken))
                while (await rows.ReadAsync(cancellationToken))
                {
                    ModelNames.TryParseKind(rows.GetString(2), out var kind);
                    ModelNames.TryParseAttribution(rows.GetString(9), out var attribution);
                    DatePrecision? precision = ModelNames.TryParsePrecision(Text(rows, 7), out var parsed) ? parsed : null;
                    var evidence = new Evidence(document.Key, rows.GetString(3), rows.GetInt32(4), rows.GetInt32(5), PartialDate.Parse(Text(rows, 6), precision),
                        Text(rows, 8), attribution, Text(rows, 10), rows.GetDouble(11), rows.GetInt32(12) == 1, rows.GetString(13)) { Resumed = rows.GetInt32(14) == 1 };
                    relations.Add(new ExtractedRelation(rows.GetString(0), rows.GetString(1), kind, evidence));
                }
            yield return (new ExtractionResult(document, actors, relations), fingerprint);
        }
    }

    public async Task<IReadOnlyList<StoredDocument>> GetDocumentsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenReaderAsync(cancellationToken);
        return await ReadDocumentListAsync(connection, cancellationToken);
    }

    /// <param name="keys">JSON list of document keys: only these (null: all).</param>
    private static async Task<IReadOnlyList<StoredDocument>> ReadDocumentListAsync(SqliteConnection connection, CancellationToken cancellationToken, string? keys = null)
    {
        await using var command = Command(connection, """
            SELECT key, title, published, source, author, url FROM documents
            WHERE $keys IS NULL OR key IN (SELECT value FROM json_each($keys)) ORDER BY published, key
            """, ("$keys", keys));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var documents = new List<StoredDocument>();
        while (await reader.ReadAsync(cancellationToken))
            documents.Add(new StoredDocument(reader.GetString(0), reader.GetString(1), ParseDay(Text(reader, 2)), Text(reader, 3), Text(reader, 4), Text(reader, 5)));
        return documents;
    }

    public async Task<IReadOnlyList<(StoredDocument Document, string Text)>> GetDocumentsNamingAsync(IReadOnlyCollection<string> first, IReadOnlyCollection<string> second, int limit, CancellationToken cancellationToken = default)
    {
        if (first.Count == 0 || second.Count == 0)
            return [];
        // The names go in as JSON arrays (one parameter each), read back by json_each: no list is spliced into the SQL.
        await using var connection = await OpenReaderAsync(cancellationToken);
        await using var command = Command(connection, """
            SELECT d.key, d.title, d.published, d.source, d.author, d.url, d.text
            FROM documents d
            WHERE EXISTS (SELECT 1 FROM document_actors da JOIN actors a ON a.id = da.actor_id
                          WHERE da.document_id = d.id AND a.name IN (SELECT value FROM json_each($first)))
              AND EXISTS (SELECT 1 FROM document_actors da JOIN actors a ON a.id = da.actor_id
                          WHERE da.document_id = d.id AND a.name IN (SELECT value FROM json_each($second)))
            ORDER BY d.published DESC, d.key
            LIMIT $limit
            """, ("$first", System.Text.Json.JsonSerializer.Serialize(first)), ("$second", System.Text.Json.JsonSerializer.Serialize(second)), ("$limit", limit));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var documents = new List<(StoredDocument, string)>();
        while (await reader.ReadAsync(cancellationToken))
            documents.Add((new StoredDocument(reader.GetString(0), reader.GetString(1), ParseDay(Text(reader, 2)), Text(reader, 3), Text(reader, 4), Text(reader, 5)), reader.GetString(6)));
        return documents;
    }

    public async Task<GraphCounts> CountAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenReaderAsync(cancellationToken);
        return await CountAsync(connection, cancellationToken);
    }

    private static async Task<GraphCounts> CountAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var command = Command(connection,
            "SELECT (SELECT COUNT(*) FROM documents), (SELECT COUNT(*) FROM actors), (SELECT COUNT(*) FROM relations), (SELECT COUNT(*) FROM evidence)");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return new GraphCounts(reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3));
    }

    public async ValueTask DisposeAsync()
    {
        await _connection.DisposeAsync();
        await _watch.DisposeAsync();
        using (var pooled = new SqliteConnection(_readerConnectionString))
            SqliteConnection.ClearPool(pooled); // release this store's file handles
        _watchGate.Dispose();
    }

    private async Task<long> UpsertActorAsync(Actor actor, SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        await using var upsert = Command(
            "INSERT INTO actors(name, type, discovered) VALUES ($name, $type, $discovered) ON CONFLICT(name) DO UPDATE SET type = excluded.type, discovered = excluded.discovered RETURNING id",
            ("$name", actor.Name), ("$type", ModelNames.Of(actor.Type)), ("$discovered", actor.Discovered ? 1 : 0));
        upsert.Transaction = transaction;
        return Convert.ToInt64(await upsert.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    /// <summary>Dictionary actors are kept as synced; a discovered actor is added when new and never overrides one.</summary>
    private async Task<long> EnsureActorAsync(Actor actor, SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        await using var find = Command("SELECT id FROM actors WHERE name = $name", ("$name", actor.Name));
        find.Transaction = transaction;
        if (await find.ExecuteScalarAsync(cancellationToken) is { } id)
            return Convert.ToInt64(id, CultureInfo.InvariantCulture);
        var newId = await UpsertActorAsync(actor, transaction, cancellationToken);
        await RunAsync(transaction, cancellationToken, "INSERT OR IGNORE INTO aliases(actor_id, alias) VALUES ($id, $alias)", ("$id", newId), ("$alias", actor.Name));
        return newId;
    }

    private async Task<long> ActorIdAsync(string name, Dictionary<string, long> known, SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        if (known.TryGetValue(name, out var id))
            return id;
        return known[name] = await EnsureActorAsync(new Actor(name, ActorType.Other, [], Discovered: true), transaction, cancellationToken);
    }

    /// <summary>Actors and their aliases, on a connection whose transaction the caller holds (one state for both reads).</summary>
    private static async Task<IReadOnlyList<StoredActor>> ReadActorsAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken, params (string, object?)[] parameters)
    {
        var rows = new List<(long Id, string Name, string Type, bool Discovered, int Relations, int Documents)>();
        await using (var command = Command(connection, sql, parameters))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            while (await reader.ReadAsync(cancellationToken))
                rows.Add((reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetInt64(3) == 1, reader.GetInt32(4), reader.GetInt32(5)));
        // Aliases in one query for many actors (one per actor would be a query per row), a few for few.
        var aliases = new Dictionary<long, List<string>>();
        if (rows.Count > 20)
        {
            // All aliases for a whole list; only these actors' for a few hundred (one query either way).
            await using var all = rows.Count > 2_000
                ? Command(connection, "SELECT actor_id, alias FROM aliases ORDER BY actor_id, alias")
                : Command(connection, "SELECT actor_id, alias FROM aliases WHERE actor_id IN (SELECT value FROM json_each($ids)) ORDER BY actor_id, alias",
                    ("$ids", JsonSerializer.Serialize(rows.Select(r => r.Id))));
            await using var reader = await all.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
                (aliases.TryGetValue(reader.GetInt64(0), out var list) ? list : aliases[reader.GetInt64(0)] = []).Add(reader.GetString(1));
        }
        else
        {
            foreach (var row in rows)
            {
                await using var some = Command(connection, "SELECT alias FROM aliases WHERE actor_id = $id ORDER BY alias", ("$id", row.Id));
                await using var reader = await some.ExecuteReaderAsync(cancellationToken);
                var list = aliases[row.Id] = [];
                while (await reader.ReadAsync(cancellationToken))
                    list.Add(reader.GetString(0));
            }
        }
        var actors = new List<StoredActor>(rows.Count);
        foreach (var row in rows)
        {
            ModelNames.TryParseActorType(row.Type, out var type);
            var own = aliases.TryGetValue(row.Id, out var found) ? found.Where(a => !string.Equals(a, row.Name, StringComparison.OrdinalIgnoreCase)).ToList() : [];
            actors.Add(new StoredActor(row.Name, type, own, row.Discovered, row.Relations, row.Documents));
        }
        return actors;
    }

    private static IEnumerable<(string, object?)> DocumentParameters(SourceDocument document, string fingerprint) =>
    [
        ("$title", document.Title), ("$published", document.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        ("$source", document.Source), ("$author", document.Author), ("$url", document.Url), ("$fp", fingerprint),
        ("$text", document.Text), ("$now", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture)),
    ];

    private SqliteCommand Command(string sql, params (string Name, object? Value)[] parameters) => Command(_connection, sql, parameters);

    private static SqliteCommand Command(SqliteConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }

    private async Task RunAsync(SqliteTransaction transaction, CancellationToken cancellationToken, string sql, params (string, object?)[] parameters)
    {
        await using var command = Command(sql, parameters);
        command.Transaction = transaction;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        await using var command = Command(sql);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string? Text(SqliteDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetString(i);

    private static DateOnly? ParseDay(string? text) =>
        text is null ? null : DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
