using System.Globalization;
using System.Text;
using System.Text.Json;
using ActorGraph.Core.Graph;
using ActorGraph.Core.Model;
using Microsoft.Data.Sqlite;

namespace ActorGraph.Core.Storage.Sqlite;

/// <summary>
/// The embedded store: one SQLite file in WAL mode. Every query is parameterised; every document load is one
/// transaction, so a failure leaves the store as it was.
/// </summary>
public sealed partial class SqliteGraphStore : IGraphStore
{
    /// <summary>Where the store lives unless told otherwise, relative to the working directory.</summary>
    public const string DefaultPath = "data/actorgraph.db";

    /// <summary>How many relations name actor a, counted from the rows.</summary>
    private const string RelationsOfActor = "(SELECT COUNT(*) FROM relations r WHERE r.source_id = a.id OR r.target_id = a.id)";

    /// <summary>How many documents name actor a, counted from the rows.</summary>
    private const string DocumentsOfActor = "(SELECT COUNT(*) FROM document_actors d WHERE d.actor_id = a.id)";

    /// <summary>
    /// What every actor query reads: the columns <see cref="ReadActorsAsync"/> expects, then its own WHERE. The counts are
    /// the ones stored at load (actor_counts), else counted here: COALESCE evaluates a count only when no row holds it.
    /// </summary>
    private const string ActorColumns = $"""
        SELECT a.id, a.name, a.type, a.discovered, COALESCE(c.relations, {RelationsOfActor}), COALESCE(c.documents, {DocumentsOfActor})
        FROM actors a LEFT JOIN actor_counts c ON c.actor_id = a.id

        """;

    /// <summary>As <see cref="ActorColumns"/> with no relation counts: a reader of every relation counts them as it goes.</summary>
    private const string ActorColumnsUncounted = $"""
        SELECT a.id, a.name, a.type, a.discovered, 0, COALESCE(c.documents, {DocumentsOfActor})
        FROM actors a LEFT JOIN actor_counts c ON c.actor_id = a.id

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

    private async Task<bool> TableExistsAsync(string table, CancellationToken cancellationToken)
    {
        await using var found = Command("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = $name", ("$name", table));
        return await found.ExecuteScalarAsync(cancellationToken) is not null;
    }

    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await _connection.OpenAsync(cancellationToken);
            // WAL with synchronous=NORMAL: a crash of the program loses nothing committed; a power cut may lose the
            // last commits but never corrupts the file.
            await ExecuteAsync("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=5000;", cancellationToken);
            var countsKept = await TableExistsAsync("actor_counts", cancellationToken);
            var spansKept = await TableExistsAsync("actor_span", cancellationToken);
            await ExecuteAsync(SqliteSchema.Create, cancellationToken);
            // A store written before counts (spans) were kept gets them once, for every actor (a new store has none to count).
            if (!countsKept)
                await ExecuteAsync($"INSERT OR REPLACE INTO actor_counts(actor_id, relations, documents) {CountsOf} FROM actors a", cancellationToken);
            if (!spansKept)
            {
                await using var fill = Command(SpansOf(some: false), ("$comment", CommentWord));
                await fill.ExecuteNonQueryAsync(cancellationToken);
            }
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
        // Pages read through a memory map rather than copied in by a system call each (a read connection's page cache
        // is 2 MB; a hub's page of relations touches far more): 40-70 % more answers a second for pages of relations and
        // dated spans at 32 clients (bench/results.md). The largest map SQLite allows by default.
        await using (var map = reader.CreateCommand())
        {
            map.CommandText = "PRAGMA mmap_size = 2147418112";
            await map.ExecuteNonQueryAsync(cancellationToken);
        }
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

        // How many relations and documents name each actor move by what this document adds and takes away (actor_counts),
        // and so do the actors' dated spans (actor_span).
        var counts = new CountChanges();
        var spans = new SpanChanges();
        long newRelationsAbove;
        await using (var maxId = Command("SELECT COALESCE(MAX(id), 0) FROM relations"))
        {
            maxId.Transaction = transaction;
            newRelationsAbove = Convert.ToInt64(await maxId.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        }
        long documentId;
        // What the replaced version touched: only these relations and actors can be left without support.
        var touchedRelations = new List<long>();
        var touchedActors = new List<long>();
        var touchedPairs = new HashSet<(long, long)>(); // whose relations' ends may move: the old version's and the new one's
        string? before = null;
        if (existing is { } id)
        {
            documentId = id;
            touchedRelations = await IdsAsync(transaction, cancellationToken, "SELECT DISTINCT relation_id FROM evidence WHERE document_id = $d", ("$d", id));
            touchedActors = await IdsAsync(transaction, cancellationToken,
                "SELECT actor_id FROM document_actors WHERE document_id = $d UNION SELECT source_id FROM relations r JOIN evidence e ON e.relation_id = r.id WHERE e.document_id = $d UNION SELECT target_id FROM relations r JOIN evidence e ON e.relation_id = r.id WHERE e.document_id = $d",
                ("$d", id));
            before = await TouchedNamesAsync(transaction, touchedRelations, touchedActors, touchedPairs, cancellationToken);
            await RunAsync(transaction, cancellationToken, "DELETE FROM evidence WHERE document_id = $d", ("$d", id));
            foreach (var unlinked in await IdsAsync(transaction, cancellationToken, "DELETE FROM document_actors WHERE document_id = $d RETURNING actor_id", ("$d", id)))
                counts.Documents(unlinked, -1);
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
                if (await ExecuteAsync(link, cancellationToken, documentId, actorIds[actor.Name]) > 0)
                    counts.Documents(actorIds[actor.Name], +1);
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
            touchedPairs.Add(Pair(sourceId, targetId));
            if (relationId > newRelationsAbove)
                counts.Relation(relationId, sourceId, targetId, +1);
            var e = relation.Evidence;
            spans.Dated(sourceId, targetId, e);
            await ExecuteAsync(addEvidence, cancellationToken,
                relationId, documentId, e.Sentence, e.SentenceIndex, e.SentenceStart,
                e.Date?.ToString(), e.Date is { } d ? ModelNames.Of(d.Precision) : null, e.DateText,
                ModelNames.Of(e.Attribution), e.ClaimedBy, e.Confidence, e.Background ? 1 : 0, e.Explanation, e.Resumed ? 1 : 0);
        }
        // What the replaced evidence alone held up goes with it; nothing else is looked at.
        await using (var dropRelation = Prepared(transaction,
            "DELETE FROM relations WHERE id = $id AND NOT EXISTS (SELECT 1 FROM evidence WHERE relation_id = $id) RETURNING source_id, target_id", "$id"))
            foreach (var relationId in touchedRelations)
            {
                Bind(dropRelation, relationId);
                await using var dropped = await dropRelation.ExecuteReaderAsync(cancellationToken);
                if (await dropped.ReadAsync(cancellationToken))
                    counts.Relation(relationId, dropped.GetInt64(0), dropped.GetInt64(1), -1);
            }
        await using (var dropActor = Prepared(transaction,
            """
            DELETE FROM actors WHERE id = $id AND discovered = 1
              AND NOT EXISTS (SELECT 1 FROM document_actors WHERE actor_id = $id)
              AND NOT EXISTS (SELECT 1 FROM relations WHERE source_id = $id)
              AND NOT EXISTS (SELECT 1 FROM relations WHERE target_id = $id)
            """, "$id"))
            foreach (var actorId in touchedActors)
                await ExecuteAsync(dropActor, cancellationToken, actorId);
        await counts.ApplyAsync(this, transaction, cancellationToken);
        var spansToWorkOut = await spans.ApplyAsync(this, transaction, existing is null ? null : touchedActors, cancellationToken);
        // The ends of the touched pairs' relations may move: forgotten now (a read works them out), stored again once
        // per pair when the run of loads completes.
        await RunAsync(transaction, cancellationToken, $"DELETE FROM relation_validity WHERE relation_id IN ({PairRelationIds})", ("$pairs", PairsJson(touchedPairs)));
        await RunAsync(transaction, cancellationToken, "INSERT INTO change_log(document_key, before) VALUES ($key, $before)", ("$key", document.Key), ("$before", before));
        await RunAsync(transaction, cancellationToken, "DELETE FROM change_log WHERE seq <= (SELECT MAX(seq) FROM change_log) - $keep", ("$keep", SqliteSchema.ChangeLogRows));
        await transaction.CommitAsync(cancellationToken);
        lock (_pendingValidity)
            _pendingValidity.UnionWith(touchedPairs);
        lock (_pendingSpans)
            _pendingSpans.UnionWith(spansToWorkOut);
        return existing is null ? LoadOutcome.Added : LoadOutcome.Replaced;
    }

    private static (long, long) Pair(long a, long b) => a <= b ? (a, b) : (b, a);

    /// <summary>
    /// What one document's load changes in actor_counts: an actor's count moves by the rows of relations and document_actors
    /// the load added or removed (a hub's thousand relations are never counted again). An actor with no row yet (new, or
    /// written by the dictionary's sync) is counted whole instead, after the changes.
    /// </summary>
    private sealed class CountChanges
    {
        private readonly Dictionary<long, (int Relations, int Documents)> _by = [];
        private readonly HashSet<long> _relations = [];

        public void Documents(long actor, int by)
        {
            var (relations, documents) = _by.GetValueOrDefault(actor);
            _by[actor] = (relations, documents + by);
        }

        /// <summary>A relation row added (+1) or removed (-1), counted once whatever evidence names it.</summary>
        public void Relation(long relation, long source, long target, int by)
        {
            if (!_relations.Add(relation))
                return;
            foreach (var end in source == target ? [source] : new[] { source, target })
            {
                var (relations, documents) = _by.GetValueOrDefault(end);
                _by[end] = (relations + by, documents);
            }
        }

        public async Task ApplyAsync(SqliteGraphStore store, SqliteTransaction transaction, CancellationToken cancellationToken)
        {
            if (_by.Count == 0)
                return;
            var fresh = await store.IdsAsync(transaction, cancellationToken,
                $"INSERT INTO actor_counts(actor_id, relations, documents) {CountsOf} FROM actors a WHERE a.id IN (SELECT value FROM json_each($ids)) AND NOT EXISTS (SELECT 1 FROM actor_counts k WHERE k.actor_id = a.id) RETURNING actor_id",
                ("$ids", JsonSerializer.Serialize(_by.Keys)));
            var counted = fresh.ToHashSet();
            await using var move = store.Prepared(transaction, "UPDATE actor_counts SET relations = relations + $r, documents = documents + $d WHERE actor_id = $a", "$r", "$d", "$a");
            foreach (var (actor, (relations, documents)) in _by)
                if (!counted.Contains(actor) && (relations != 0 || documents != 0))
                    await ExecuteAsync(move, cancellationToken, relations, documents, actor);
        }
    }

    /// <summary>An actor's id and how many relations and documents name it, for actors a (the FROM clause follows).</summary>
    private const string CountsOf = $"SELECT a.id, {RelationsOfActor}, {DocumentsOfActor}";

    /// <summary>The pairs whose relations' ends loads since the last <see cref="CompleteLoadsAsync"/> forgot.</summary>
    private readonly HashSet<(long, long)> _pendingValidity = [];

    /// <summary>The ids of every relation of the pairs in $pairs (a JSON list of [id, id]), either way round.</summary>
    private const string PairRelationIds = """
        SELECT r.id FROM json_each($pairs) p JOIN relations r ON r.source_id = json_extract(p.value, '$[0]') AND r.target_id = json_extract(p.value, '$[1]')
        UNION
        SELECT r.id FROM json_each($pairs) p JOIN relations r ON r.source_id = json_extract(p.value, '$[1]') AND r.target_id = json_extract(p.value, '$[0]')
        """;

    private static string PairsJson(IEnumerable<(long, long)> pairs) => JsonSerializer.Serialize(pairs.Select(p => new[] { p.Item1, p.Item2 }));

    /// <summary>
    /// Works out when each relation of the pairs the loads since the last call touched stops holding, from all the
    /// pair's evidence, and stores it: once per pair for a whole run, a few thousand pairs a transaction.
    /// </summary>
    public async Task CompleteLoadsAsync(CancellationToken cancellationToken = default)
    {
        await StorePendingSpansAsync(cancellationToken);
        List<(long, long)> pending;
        lock (_pendingValidity)
        {
            pending = [.. _pendingValidity];
            _pendingValidity.Clear();
        }
        // A store written before ends were stored has relations without one: their pairs are worked out once, by
        // the first run of loads (a read works them out meanwhile), and the store remembers it is done.
        await using (var done = Command("SELECT value FROM store_meta WHERE key = 'validity'"))
            if (await done.ExecuteScalarAsync(cancellationToken) is null)
            {
                await using var missing = Command("""
                    SELECT DISTINCT min(r.source_id, r.target_id), max(r.source_id, r.target_id) FROM relations r
                    WHERE NOT EXISTS (SELECT 1 FROM relation_validity v WHERE v.relation_id = r.id)
                    """);
                await using var rows = await missing.ExecuteReaderAsync(cancellationToken);
                var known = pending.ToHashSet();
                while (await rows.ReadAsync(cancellationToken))
                    if (known.Add((rows.GetInt64(0), rows.GetInt64(1))))
                        pending.Add((rows.GetInt64(0), rows.GetInt64(1)));
            }
        var stored = 0;
        try
        {
            foreach (var chunk in pending.Chunk(2_000))
            {
                await StoreValidityAsync(chunk, cancellationToken);
                stored += chunk.Length;
            }
        }
        catch
        {
            lock (_pendingValidity) // what was not stored is still to do (reads work it out meanwhile)
                _pendingValidity.UnionWith(pending.Skip(stored));
            throw;
        }
        await using var complete = Command("INSERT OR IGNORE INTO store_meta(key, value) VALUES ('validity', 'stored')");
        await complete.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Works out and stores the ends of every relation of these pairs, in one transaction.</summary>
    private async Task StoreValidityAsync((long, long)[] chunk, CancellationToken cancellationToken)
    {
        await using var transaction = (SqliteTransaction)await _connection.BeginTransactionAsync(cancellationToken);
        var ids = await IdsAsync(transaction, cancellationToken, PairRelationIds, ("$pairs", PairsJson(chunk)));
        var relations = await ReadRelationsAsync(_connection, null, null, withText: false, cancellationToken, JsonSerializer.Serialize(ids));
        await using var store = Prepared(transaction, """
            INSERT INTO relation_validity(relation_id, valid_to)
            SELECT r.id, $to FROM relations r JOIN actors s ON s.id = r.source_id JOIN actors t ON t.id = r.target_id
            WHERE s.name = $source AND t.name = $target AND r.kind = $kind
            ON CONFLICT(relation_id) DO UPDATE SET valid_to = excluded.valid_to
            """, "$to", "$source", "$target", "$kind");
        foreach (var pair in relations.GroupBy(r => string.CompareOrdinal(r.Source, r.Target) <= 0 ? (r.Source, r.Target) : (r.Target, r.Source)))
        {
            var flips = EdgeValidity.Flips(pair);
            foreach (var relation in pair)
                await ExecuteAsync(store, cancellationToken, EdgeValidity.ValidTo(relation, flips)?.ToString(), relation.Source, relation.Target, ModelNames.Of(relation.Kind));
        }
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// The relation keys and actor names a replaced version touched, as JSON for change_log; the pairs of those
    /// relations are added to <paramref name="pairs"/> in the same read.
    /// </summary>
    private async Task<string> TouchedNamesAsync(SqliteTransaction transaction, List<long> relations, List<long> actors,
        HashSet<(long, long)> pairs, CancellationToken cancellationToken)
    {
        var keys = new List<string[]>();
        await using (var read = Command("""
            SELECT s.name, t.name, r.kind, r.source_id, r.target_id FROM relations r JOIN actors s ON s.id = r.source_id JOIN actors t ON t.id = r.target_id
            WHERE r.id IN (SELECT value FROM json_each($ids))
            """, ("$ids", JsonSerializer.Serialize(relations))))
        {
            read.Transaction = transaction;
            await using var rows = await read.ExecuteReaderAsync(cancellationToken);
            while (await rows.ReadAsync(cancellationToken))
            {
                keys.Add([rows.GetString(0), rows.GetString(1), rows.GetString(2)]);
                pairs.Add(Pair(rows.GetInt64(3), rows.GetInt64(4)));
            }
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

    private static async Task<int> ExecuteAsync(SqliteCommand command, CancellationToken cancellationToken, params object?[] values)
    {
        Bind(command, values);
        return await command.ExecuteNonQueryAsync(cancellationToken);
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
    /// of them carry a million and a half evidence rows) are read in chunks on two connections at once, when
    /// both connections' read transactions see the same state: every write appends to <c>change_log</c>, so the same
    /// last change means the same state. Otherwise, or on a small store, on one connection.
    /// </summary>
    public async Task<StoredGraph> ReadGraphAsync(bool withText, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenReaderAsync(cancellationToken);
        await using var snapshot = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken); // one state for all three
        var mark = await ChangeMarkAsync(connection, cancellationToken); // the first read fixes the transaction's state
        var (first, last) = await IdRangeAsync(connection, cancellationToken);
        var split = last - first >= SplitReadRelations && (Environment.ProcessorCount > 1 || SplitReadRelations <= 1);
        await using var other = split ? await OpenReaderAsync(cancellationToken) : null;
        await using var otherSnapshot = other is null ? null : (SqliteTransaction)await other.BeginTransactionAsync(cancellationToken);
        var helper = other is not null && await ChangeMarkAsync(other, cancellationToken) == mark ? other : null; // only if it sees the same state
        // With a helper, it reads what relation rows refer to (documents and names, shared by every chunk) while this
        // connection reads the actors and documents; then both read chunks of relations, each taking the next one
        // left, so neither waits for the other.
        var lookups = helper is null ? Task.FromResult(await ReadLookupsAsync(connection, null, cancellationToken))
            : Task.Run(() => ReadLookupsAsync(helper, null, cancellationToken), cancellationToken);
        var chunkCount = helper is null ? 1 : ReadChunks;
        var chunks = new List<(long Place, StoredRelation Relation)>[chunkCount];
        var next = -1;
        async Task<int[]> ReadChunksAsync(SqliteConnection reader)
        {
            var shared = await lookups;
            var counts = new int[shared.Ranks.Count];
            for (int i; (i = Interlocked.Increment(ref next)) < chunkCount;)
                chunks[i] = await ReadRelationRowsAsync(reader, null, withText, cancellationToken,
                    fromId: first + (last + 1 - first) * i / chunkCount, toId: first + (last + 1 - first) * (i + 1) / chunkCount, lookups: shared, counts: counts);
            return counts;
        }
        Task<int[]>[] helping = helper is null ? [] : [Task.Run(() => ReadChunksAsync(helper), cancellationToken)];
        var actors = await ReadActorsAsync(connection, ActorColumnsUncounted + " ORDER BY a.name COLLATE NOCASE", cancellationToken);
        var documents = await ReadDocumentListAsync(connection, cancellationToken);
        var counted = await Task.WhenAll([ReadChunksAsync(connection), .. helping]);
        return new StoredGraph(Counted(actors, await lookups, counted), Merged(chunks), documents) { ChangeMark = mark };
    }

    /// <summary>How many relation ids a store must span before its graph is read on two connections (tests lower it).</summary>
    internal long SplitReadRelations { get; init; } = 50_000;

    /// <summary>Into how many ranges of ids the relations are cut when read on two connections.</summary>
    private const int ReadChunks = 16;

    /// <summary>The actors with the number of relations naming each, from counts by actor rank (see <see cref="Lookups"/>).</summary>
    private static List<StoredActor> Counted(IReadOnlyList<StoredActor> actors, Lookups lookups, IReadOnlyList<int[]> counts)
    {
        var byName = new Dictionary<string, int>(lookups.Names.Count, StringComparer.Ordinal);
        foreach (var (id, name) in lookups.Names)
            byName[name] = counts.Sum(c => c[lookups.Ranks[id]]);
        return actors.Select(a => a with { Relations = byName.GetValueOrDefault(a.Name) }).ToList();
    }

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
        // The relations to read now: every relation of a pair the changed documents hold evidence for, or their old
        // versions touched (found by their names), since a pair's new evidence may move the end of its other relations.
        var ids = new List<long>();
        await using (var read = Command(connection, """
            WITH touched(a, b) AS (
                SELECT r.source_id, r.target_id FROM evidence e JOIN documents d ON d.id = e.document_id JOIN relations r ON r.id = e.relation_id
                WHERE d.key IN (SELECT value FROM json_each($keys))
                UNION
                SELECT s.id, t.id FROM json_each($before) k
                JOIN actors s ON s.name = json_extract(k.value, '$[0]') JOIN actors t ON t.name = json_extract(k.value, '$[1]'))
            SELECT r.id FROM touched x JOIN relations r ON r.source_id = x.a AND r.target_id = x.b
            UNION
            SELECT r.id FROM touched x JOIN relations r ON r.source_id = x.b AND r.target_id = x.a
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
        await using var connection = await OpenReaderAsync(cancellationToken);
        await using var snapshot = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken); // both reads see one state
        return await FindActorAsync(connection, nameOrAlias, cancellationToken);
    }

    /// <summary>
    /// The actor named or aliased so, its own name first. The candidates are found by the two indexes (name, alias):
    /// "name = $name OR EXISTS (alias ...)" made SQLite test every actor, 40 ms a lookup on 100,000 of them.
    /// </summary>
    private static async Task<StoredActor?> FindActorAsync(SqliteConnection connection, string nameOrAlias, CancellationToken cancellationToken)
    {
        const string sql = ActorColumns + """
            WHERE a.id IN (SELECT id FROM actors WHERE name = $name UNION ALL SELECT actor_id FROM aliases WHERE alias = $name)
            ORDER BY a.name = $name DESC
            LIMIT 1
            """;
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
        if (actor is not null && ids is null)
        {
            // One actor's relations: their ids first (by the indexes), so that only the documents and names they
            // refer to are read, not every document and actor of the store.
            var found = new List<long>();
            using (var rows = new RawRows(connection, $"""
                SELECT r.id FROM relations r
                WHERE (r.source_id IN (SELECT id FROM actors WHERE name = $actor) OR r.target_id IN (SELECT id FROM actors WHERE name = $actor))
                  AND {Conditions((kind, "r.kind = $kind"))}
                """, ("$actor", actor), ("$kind", kind is { } k ? ModelNames.Of(k) : null)))
                while (rows.Read())
                    found.Add(rows.Int64(0));
            (kind, ids) = (null, JsonSerializer.Serialize(found));
        }
        return (await ReadRelationRowsAsync(connection, kind, withText, cancellationToken, ids)).Select(r => r.Relation).ToList();
    }

    /// <summary>
    /// The conditions whose value is given, joined by AND (TRUE for none). Written only when they apply: a condition
    /// such as "$from IS NULL OR r.id >= $from" keeps SQLite from using the index, and every read scanned every relation.
    /// </summary>
    private static string Conditions(params (object? Value, string Condition)[] conditions) =>
        conditions.Any(c => c.Value is not null) ? string.Join(" AND ", conditions.Where(c => c.Value is not null).Select(c => c.Condition)) : "TRUE";

    /// <summary>Lists of relations, each in the store's order, as one in that order (halves of many merged at once).</summary>
    private static List<StoredRelation> Merged(IReadOnlyList<List<(long Place, StoredRelation Relation)>> lists)
    {
        if (lists.Count >= 4)
        {
            var halves = new[] { lists.Take(lists.Count / 2).ToList(), lists.Skip(lists.Count / 2).ToList() };
            var merged = new List<(long, StoredRelation)>[2];
            Parallel.For(0, 2, half => merged[half] = InPlaceOrder(halves[half]));
            lists = merged;
        }
        return InPlaceOrder(lists).ConvertAll(r => r.Relation);
    }

    private static List<(long Place, StoredRelation Relation)> InPlaceOrder(IReadOnlyList<List<(long Place, StoredRelation Relation)>> lists)
    {
        var merged = new List<(long, StoredRelation)>(lists.Sum(l => l.Count));
        var heads = new int[lists.Count];
        while (true)
        {
            var best = -1;
            for (var i = 0; i < lists.Count; i++)
                if (heads[i] < lists[i].Count && (best < 0 || lists[i][heads[i]].Place < lists[best][heads[best]].Place))
                    best = i;
            if (best < 0)
                return merged;
            merged.Add(lists[best][heads[best]++]);
        }
    }

    /// <summary>Each kind's place in the store's order of relations (kinds by name).</summary>
    private static readonly Dictionary<RelationKind, long> KindPlaces =
        Enum.GetValues<RelationKind>().OrderBy(ModelNames.Of, StringComparer.Ordinal).Select((kind, i) => (kind, i)).ToDictionary(x => x.kind, x => (long)x.i);

    /// <summary>The documents and actor names by id that relation rows refer to (only those of <paramref name="ids"/>' relations when given).</summary>
    private static async Task<Lookups> ReadLookupsAsync(SqliteConnection connection, string? ids, CancellationToken cancellationToken)
    {
        var documents = new List<StoredDocument>();
        var documentPlaces = new Dictionary<long, int>();
        await using (var read = Command(connection, $"""
            SELECT id, key, title, published, source, author, url FROM documents
            WHERE {Conditions((ids, "id IN (SELECT document_id FROM evidence WHERE relation_id IN (SELECT value FROM json_each($ids)))"))}
            """, ("$ids", ids)))
        await using (var rows = await read.ExecuteReaderAsync(cancellationToken))
            while (await rows.ReadAsync(cancellationToken))
            {
                documentPlaces[rows.GetInt64(0)] = documents.Count;
                documents.Add(new StoredDocument(rows.GetString(1), rows.GetString(2), ParseDay(Text(rows, 3)), Text(rows, 4), Text(rows, 5), Text(rows, 6)));
            }
        var names = new Dictionary<long, string>();
        await using (var read = Command(connection, $"""
            SELECT id, name FROM actors
            WHERE {Conditions((ids, """
                id IN (SELECT source_id FROM relations WHERE id IN (SELECT value FROM json_each($ids))
                       UNION SELECT target_id FROM relations WHERE id IN (SELECT value FROM json_each($ids)))
                """))}
            """, ("$ids", ids)))
        await using (var rows = await read.ExecuteReaderAsync(cancellationToken))
            while (await rows.ReadAsync(cancellationToken))
                names[rows.GetInt64(0)] = rows.GetString(1);
        var ranks = new Dictionary<long, long>(names.Count);
        foreach (var (id, _) in names.OrderBy(n => n.Value, NameOrder.Instance))
            ranks[id] = ranks.Count;
        return new Lookups(documents, documentPlaces, names, ranks);
    }

    /// <summary>How the store writes each kind, attribution and precision (UTF-8), by its place in the enum's values.</summary>
    private static readonly RelationKind[] KindValues = Enum.GetValues<RelationKind>();
    private static readonly Attribution[] AttributionValues = Enum.GetValues<Attribution>();
    private static readonly DatePrecision[] PrecisionValues = Enum.GetValues<DatePrecision>();
    private static readonly byte[][] Kinds = KindValues.Select(k => Encoding.UTF8.GetBytes(ModelNames.Of(k))).ToArray();
    private static readonly byte[][] Attributions = AttributionValues.Select(a => Encoding.UTF8.GetBytes(ModelNames.Of(a))).ToArray();
    private static readonly byte[][] Precisions = PrecisionValues.Select(p => Encoding.UTF8.GetBytes(ModelNames.Of(p))).ToArray();

    /// <summary>The place of <paramref name="text"/> among <paramref name="names"/>; -1 when it is none of them.</summary>
    private static int KnownName(ReadOnlySpan<byte> text, byte[][] names)
    {
        for (var i = 0; i < names.Length; i++)
            if (text.SequenceEqual(names[i]))
                return i;
        return -1;
    }

    /// <summary>The digits of an ISO date as the store writes it ("2014", "2014-10", "2014-10-06") as one number; null for any other text.</summary>
    private static int? IsoDigits(ReadOnlySpan<byte> text)
    {
        if (text.Length is not (4 or 7 or 10))
            return null;
        var number = 0;
        for (var i = 0; i < text.Length; i++)
            if (i is 4 or 7)
            {
                if (text[i] != '-')
                    return null;
            }
            else if (text[i] is >= (byte)'0' and <= (byte)'9')
                number = number * 10 + (text[i] - '0');
            else
                return null;
        return number * 3 + text.Length / 3; // the length tells "2014-10" (month) from "2014" followed by more digits
    }

    /// <summary>
    /// What relation rows refer to by id: documents (in a list, with each id's place in it), actor names, and each
    /// actor's rank in name order (case ignored), which puts relations in the store's order by one number each.
    /// </summary>
    private sealed record Lookups(List<StoredDocument> Documents, Dictionary<long, int> DocumentPlaces, Dictionary<long, string> Names, Dictionary<long, long> Ranks);

    /// <param name="fromId">With <paramref name="toId"/>: only relations whose id is in [fromId, toId) (null: no bound).</param>
    /// <param name="lookups">The documents and actor names by id, when the caller read them already (in the same state).</param>
    /// <param name="counts">When given, the relations read are counted in it for each end, by the end's rank (a relation with itself once).</param>
    /// <returns>The relations in the store's order (<see cref="StoredRelation.Order"/>), each with its place in it.</returns>
    private static async Task<List<(long Place, StoredRelation Relation)>> ReadRelationRowsAsync(SqliteConnection connection,
        RelationKind? kind, bool withText, CancellationToken cancellationToken, string? ids = null, long? fromId = null, long? toId = null,
        Lookups? lookups = null, int[]? counts = null)
    {
        // The whole graph (no actor) is read in row order and sorted in memory: sorting a million rows by name in
        // SQL is what made a snapshot slow; without text, sentences and explanations stay on disk. Kinds,
        // attributions, precisions and dates are recognised in the bytes SQLite holds (no string made for them), and
        // each distinct date is parsed once.
        var sql = $"""
            SELECT r.id, r.source_id, r.target_id, r.kind, e.background, e.resumed, e.sentence_index, e.sentence_start,
                   e.date, e.date_precision, e.date_text, e.attribution, e.claimed_by, e.confidence, e.document_id, e.id,
                   v.relation_id, v.valid_to
                   {(withText ? ", e.sentence, e.explanation" : "")}
            FROM relations r
            LEFT JOIN relation_validity v ON v.relation_id = r.id
            JOIN evidence e ON e.relation_id = r.id
            WHERE {Conditions((kind, "r.kind = $kind"), (ids, "r.id IN (SELECT value FROM json_each($ids))"), (fromId, "r.id >= $from"), (toId, "r.id < $to"))}
            ORDER BY r.id, e.id
            """;
        var (documents, documentPlaces, names, ranks) = lookups ?? await ReadLookupsAsync(connection, ids, cancellationToken);
        var table = new EvidenceTable(documents);
        var dates = new Dictionary<(int, int), PartialDate?>();
        PartialDate? Date(RawRows reader)
        {
            if (reader.IsNull(8))
                return null;
            var precision = KnownName(reader.Bytes(9), Precisions);
            if (IsoDigits(reader.Bytes(8)) is not { } digits || (precision < 0 && !reader.IsNull(9)))
                return PartialDate.Parse(reader.Text(8), ModelNames.TryParsePrecision(reader.Text(9), out var parsed) ? parsed : null); // written some other way
            if (!dates.TryGetValue((digits, precision), out var date))
                dates[(digits, precision)] = date = PartialDate.Parse(reader.Text(8), precision < 0 ? null : PrecisionValues[precision]);
            return date;
        }
        using var reader = new RawRows(connection, sql, ("$kind", kind is { } k ? ModelNames.Of(k) : null), ("$ids", ids),
            ("$from", fromId), ("$to", toId));
        // Sized for the range of ids asked for, when it is one: a list grown by doubling leaves its old arrays behind.
        var relations = new List<(long Place, StoredRelation Relation)>(fromId is { } low && toId is { } high ? (int)Math.Clamp(high - low, 0, 1 << 20) : 0);
        // The relation being read: its evidence rows are those of the table from 'start' on.
        long currentId = -1, place = 0;
        var (source, target, relationKind, start) = ("", "", default(RelationKind), 0);
        StoredValidity? validity = null;
        void Finish()
        {
            if (currentId < 0)
                return;
            table.SortByDocument(start, table.Count - start);
            relations.Add((place, new StoredRelation(source, target, relationKind, table.Slice(start, table.Count - start)) { Validity = validity }));
        }
        var row = 0;
        while (reader.Read()) // synchronous: a task per row costs more than the row
        {
            if (++row % 65_536 == 0)
                cancellationToken.ThrowIfCancellationRequested();
            var id = reader.Int64(0);
            if (id != currentId)
            {
                Finish();
                var kindAt = KnownName(reader.Bytes(3), Kinds);
                relationKind = kindAt >= 0 ? KindValues[kindAt] : ModelNames.TryParseKind(reader.Text(3), out var parsedKind) ? parsedKind : default;
                var (sourceId, targetId) = (reader.Int64(1), reader.Int64(2));
                (currentId, source, target, start) = (id, names[sourceId], names[targetId], table.Count);
                validity = reader.IsNull(16) ? null : new StoredValidity(PartialDate.Parse(reader.Text(17)));
                var (sourceRank, targetRank) = (ranks[sourceId], ranks[targetId]);
                place = (sourceRank * ranks.Count + targetRank) * KindPlaces.Count + KindPlaces[relationKind];
                if (counts is not null)
                {
                    counts[sourceRank]++;
                    if (targetId != sourceId)
                        counts[targetRank]++;
                }
            }
            var attributionAt = KnownName(reader.Bytes(11), Attributions);
            var attribution = attributionAt >= 0 ? AttributionValues[attributionAt]
                : ModelNames.TryParseAttribution(reader.Text(11), out var parsed) ? parsed : default;
            table.Add(reader.Int64(15), documentPlaces[reader.Int64(14)], withText ? reader.Text(18) ?? "" : "", reader.Int32(6), reader.Int32(7),
                Date(reader), reader.Text(10), attribution, reader.Text(12), reader.Double(13), reader.Int32(4) != 0, withText ? reader.Text(19) ?? "" : "",
                reader.Int32(5) != 0);
        }
        Finish();
        relations.Sort((x, y) => x.Place.CompareTo(y.Place));
        return relations;
    }

    public async Task<IReadOnlyDictionary<long, (string Sentence, string Explanation)>> GetEvidenceTextAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken = default)
    {
        if (ids.Count == 0)
            return new Dictionary<long, (string, string)>();
        await using var connection = await OpenReaderAsync(cancellationToken);
        return await ReadEvidenceTextAsync(connection, ids, cancellationToken);
    }

    private static async Task<IReadOnlyDictionary<long, (string Sentence, string Explanation)>> ReadEvidenceTextAsync(SqliteConnection connection, IReadOnlyCollection<long> ids, CancellationToken cancellationToken)
    {
        var texts = new Dictionary<long, (string, string)>();
        if (ids.Count == 0)
            return texts;
        // One statement for all of them (a page shows hundreds): the ids travel as one JSON array parameter.
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
        await using var command = Command(connection, $"""
            SELECT key, title, published, source, author, url FROM documents
            WHERE {Conditions((keys, "key IN (SELECT value FROM json_each($keys))"))} ORDER BY published, key
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
        using (var reader = new RawRows(connection, sql, parameters)) // every actor, for a whole graph: see RawRows
            while (reader.Read())
                rows.Add((reader.Int64(0), reader.Text(1) ?? "", reader.Text(2) ?? "", reader.Int64(3) == 1, reader.Int32(4), reader.Int32(5)));
        cancellationToken.ThrowIfCancellationRequested();
        // Aliases in one query for many actors (one per actor would be a query per row), a few for few.
        var aliases = new Dictionary<long, List<string>>();
        if (rows.Count > 20)
        {
            // All aliases for a whole list; only these actors' for a few hundred (one query either way).
            using var reader = rows.Count > 2_000
                ? new RawRows(connection, "SELECT actor_id, alias FROM aliases ORDER BY actor_id, alias")
                : new RawRows(connection, "SELECT actor_id, alias FROM aliases WHERE actor_id IN (SELECT value FROM json_each($ids)) ORDER BY actor_id, alias",
                    ("$ids", JsonSerializer.Serialize(rows.Select(r => r.Id))));
            while (reader.Read())
                (aliases.TryGetValue(reader.Int64(0), out var list) ? list : aliases[reader.Int64(0)] = []).Add(reader.Text(1) ?? "");
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
