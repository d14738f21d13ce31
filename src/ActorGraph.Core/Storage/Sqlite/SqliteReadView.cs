using ActorGraph.Core.Graph;
using ActorGraph.Core.Model;
using Microsoft.Data.Sqlite;

namespace ActorGraph.Core.Storage.Sqlite;

public sealed partial class SqliteGraphStore
{
    /// <summary>
    /// A view of the store as it is now: one read-only connection holding one read transaction until disposed, so
    /// every read of the view sees the same committed state. Each read goes through the indexes (an actor by name or
    /// alias, its relations by either end); no read of the whole graph.
    /// </summary>
    public async Task<IGraphReadView?> OpenReadViewAsync(CancellationToken cancellationToken = default)
    {
        var connection = await OpenReaderAsync(cancellationToken);
        try
        {
            var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            await ChangeMarkAsync(connection, cancellationToken); // the first read fixes the state the view sees: now
            return new ReadView(connection, transaction);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private sealed class ReadView(SqliteConnection connection, SqliteTransaction transaction) : IGraphReadView
    {
        /// <summary>A connection serves one statement at a time; a query's fields read from several threads.</summary>
        private readonly SemaphoreSlim _gate = new(1, 1);
        private bool _disposed;

        public Task<StoredActor?> FindActorAsync(string nameOrAlias, CancellationToken cancellationToken = default) =>
            OneAtATimeAsync(() => SqliteGraphStore.FindActorAsync(connection, nameOrAlias, cancellationToken), cancellationToken);

        public Task<IReadOnlyList<StoredActor>> ActorsNamedAsync(IReadOnlyCollection<string> names, CancellationToken cancellationToken = default) =>
            OneAtATimeAsync(() => ReadActorsAsync(connection, ActorColumns + "WHERE a.name IN (SELECT value FROM json_each($names))", cancellationToken,
                ("$names", System.Text.Json.JsonSerializer.Serialize(names))), cancellationToken);

        public Task<IReadOnlyList<StoredRelation>> RelationsOfAsync(string actor, CancellationToken cancellationToken = default) =>
            OneAtATimeAsync(() => ReadRelationsAsync(connection, actor, null, withText: false, cancellationToken), cancellationToken);

        public Task<IReadOnlyList<string>> NeighborNamesAsync(string actor, IReadOnlySet<RelationKind>? kinds, Direction direction, int first,
            CancellationToken cancellationToken = default) =>
            OneAtATimeAsync(() =>
            {
                var names = new List<string>();
                using var rows = WalkingNamesPays(actor, first, kinds, direction) is { } id
                    ? new RawRows(connection, """
                        SELECT a.name FROM actors a
                        WHERE EXISTS (SELECT 1 FROM relations r WHERE r.source_id = $id AND r.target_id = a.id)
                           OR EXISTS (SELECT 1 FROM relations r WHERE r.source_id = a.id AND r.target_id = $id)
                        ORDER BY a.name LIMIT $first
                        """, ("$id", id), ("$first", first))
                    : new RawRows(connection, $"""
                        SELECT a.name FROM ({ActorRelations(kinds, direction, "UNION")}) n JOIN actors a ON a.id = n.other
                        ORDER BY a.name LIMIT $first
                        """, [.. NeighborParameters(actor, kinds), ("$first", first)]);
                while (rows.Read())
                    names.Add(rows.Text(0)!);
                return Task.FromResult<IReadOnlyList<string>>(names);
            }, cancellationToken);

        public Task<IReadOnlyList<StoredRelation>> RelationPageAsync(string actor, IReadOnlySet<RelationKind>? kinds, Direction direction, int first,
            CancellationToken cancellationToken = default) =>
            OneAtATimeAsync(async () =>
            {
                var page = WalkingNamesPays(actor, first, kinds, direction) is { } id ? WalkedPage(id, actor, first) : SortedPage(actor, kinds, direction, first);
                return page.Count == 0 ? [] : await ReadRelationsAsync(connection, null, null, withText: false, cancellationToken, System.Text.Json.JsonSerializer.Serialize(page));
            }, cancellationToken);

        /// <summary>
        /// The ids of a page of a hub's relations, in relation order, found by walking the actors' name index: the
        /// relations to it from sources before it, then its own to each target, then those from sources after it (each
        /// walk probing the relations' unique index, stopping at <paramref name="first"/>).
        /// </summary>
        private List<long> WalkedPage(long id, string actor, int first)
        {
            var page = new List<long>(first);
            using var rows = new RawRows(connection, """
                SELECT * FROM (SELECT r.id FROM actors a CROSS JOIN relations r ON r.source_id = a.id AND r.target_id = $id
                               WHERE a.name < $actor ORDER BY a.name, r.kind LIMIT $first)
                UNION ALL
                SELECT * FROM (SELECT r.id FROM actors a CROSS JOIN relations r ON r.source_id = $id AND r.target_id = a.id
                               ORDER BY a.name, r.kind LIMIT $first)
                UNION ALL
                SELECT * FROM (SELECT r.id FROM actors a CROSS JOIN relations r ON r.source_id = a.id AND r.target_id = $id
                               WHERE a.name > $actor ORDER BY a.name, r.kind LIMIT $first)
                """, ("$id", id), ("$actor", actor), ("$first", first));
            while (page.Count < first && rows.Read())
                page.Add(rows.Int64(0));
            return page;
        }

        /// <summary>
        /// The ids of a page of the actor's relations the kinds and direction admit: every key read (names and kinds,
        /// no evidence) and put in relation order here.
        /// </summary>
        private List<long> SortedPage(string actor, IReadOnlySet<RelationKind>? kinds, Direction direction, int first)
        {
            var keys = new List<(long Id, StoredRelation Key)>();
            using (var rows = new RawRows(connection, $"""
                SELECT r.id, s.name, t.name, r.kind FROM ({ActorRelations(kinds, direction, "UNION ALL", ", r.id AS relation")}) n
                JOIN relations r ON r.id = n.relation JOIN actors s ON s.id = r.source_id JOIN actors t ON t.id = r.target_id
                """, NeighborParameters(actor, kinds)))
                while (rows.Read())
                    if (ModelNames.TryParseKind(rows.Text(3), out var kind))
                        keys.Add((rows.Int64(0), new StoredRelation(rows.Text(1)!, rows.Text(2)!, kind, [])));
            return [.. keys.OrderBy(k => k.Key, StoredRelation.Order).Take(Math.Max(first, 0)).Select(k => k.Id)];
        }

        public Task<(PartialDate? Earliest, PartialDate? Latest)> SeenSpanAsync(string actor, CancellationToken cancellationToken = default) =>
            OneAtATimeAsync(() =>
            {
                // Kept at load; an actor whose span a load forgot (until its run completes) has it worked out here.
                if (StoredSpan(connection, actor) is { } stored)
                    return Task.FromResult(stored);
                using var rows = new RawRows(connection, $"SELECT earliest, latest FROM ({SpansIn("SELECT id FROM actors WHERE name = $actor")})",
                    ("$actor", actor), ("$comment", CommentWord));
                return Task.FromResult(rows.Read() ? (PartialDate.Parse(rows.Text(0)), PartialDate.Parse(rows.Text(1))) : (null, null));
            }, cancellationToken);

        /// <summary>
        /// The actor's id when its first neighbours (or relations) are found sooner by walking every actor in name order
        /// and asking the relations' indexes whether each is one (about first × actors ÷ degree lookups) than by reading
        /// all its relations and sorting what they reach (degree rows): a hub with tens of thousands. Only for every kind
        /// either way, the degree the store counts.
        /// </summary>
        private long? WalkingNamesPays(string actor, int first, IReadOnlySet<RelationKind>? kinds, Direction direction)
        {
            if (kinds is not null || direction != Direction.Both)
                return null;
            using var rows = new RawRows(connection, """
                SELECT a.id, c.relations, (SELECT MAX(id) FROM actors) FROM actors a JOIN actor_counts c ON c.actor_id = a.id WHERE a.name = $actor
                """, ("$actor", actor));
            if (!rows.Read())
                return null;
            long degree = rows.Int64(1), actors = rows.Int64(2);
            return 4 * first * actors < degree * degree ? rows.Int64(0) : null;
        }

        public Task<(int Relations, int Neighbors)> CountNeighborsAsync(string actor, IReadOnlySet<RelationKind>? kinds, Direction direction,
            CancellationToken cancellationToken = default) =>
            OneAtATimeAsync(() =>
            {
                using var rows = new RawRows(connection, $"SELECT COUNT(*), COUNT(DISTINCT other) FROM ({ActorRelations(kinds, direction, "UNION ALL")})",
                    NeighborParameters(actor, kinds));
                return Task.FromResult(rows.Read() ? (rows.Int32(0), rows.Int32(1)) : (0, 0));
            }, cancellationToken);

        /// <summary>
        /// The other end of each of the actor's relations the kinds and direction admit, once a relation (a relation
        /// with itself from its source side only), each side by its index; conditions written only when they apply.
        /// <paramref name="columns"/> adds columns of each relation (", r.id AS relation").
        /// </summary>
        private static string ActorRelations(IReadOnlySet<RelationKind>? kinds, Direction direction, string union, string columns = "")
        {
            var kindCondition = kinds is null ? "" : " AND r.kind IN (SELECT value FROM json_each($kinds))";
            const string symmetric = " AND r.kind IN (SELECT value FROM json_each($symmetric))";
            return $"""
                SELECT r.target_id AS other{columns} FROM relations r
                WHERE r.source_id = (SELECT id FROM actors WHERE name = $actor){kindCondition}{(direction == Direction.In ? symmetric : "")}
                {union}
                SELECT r.source_id{columns} FROM relations r
                WHERE r.target_id = (SELECT id FROM actors WHERE name = $actor) AND r.source_id <> r.target_id{kindCondition}{(direction == Direction.Out ? symmetric : "")}
                """;
        }

        private static (string, object?)[] NeighborParameters(string actor, IReadOnlySet<RelationKind>? kinds) =>
        [
            ("$actor", actor), ("$kinds", kinds is null ? null : System.Text.Json.JsonSerializer.Serialize(kinds.Select(ModelNames.Of))),
            ("$symmetric", System.Text.Json.JsonSerializer.Serialize(RelationKinds.Symmetric.Select(ModelNames.Of))),
        ];

        public Task<IReadOnlyDictionary<long, (string Sentence, string Explanation)>> EvidenceTextAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken = default) =>
            OneAtATimeAsync(() => ReadEvidenceTextAsync(connection, ids, cancellationToken), cancellationToken);

        public Task<GraphSummary> SummaryAsync(CancellationToken cancellationToken = default) =>
            OneAtATimeAsync(() =>
            {
                var counts = new int[2];
                using (var rows = new RawRows(connection, "SELECT (SELECT COUNT(*) FROM documents), (SELECT COUNT(*) FROM evidence)"))
                    if (rows.Read())
                        (counts[0], counts[1]) = (rows.Int32(0), rows.Int32(1));
                // The actors a query can reach: named by a document or at an end of a relation (each test an index lookup).
                var types = Counted("""
                    SELECT a.type, COUNT(*) FROM actors a
                    WHERE EXISTS (SELECT 1 FROM document_actors d WHERE d.actor_id = a.id)
                       OR EXISTS (SELECT 1 FROM relations r WHERE r.source_id = a.id)
                       OR EXISTS (SELECT 1 FROM relations r WHERE r.target_id = a.id)
                    GROUP BY a.type
                    """);
                var kinds = Counted("SELECT kind, COUNT(*) FROM relations GROUP BY kind");
                return Task.FromResult(GraphSummary.Of(counts[0], counts[1], types, kinds));
            }, cancellationToken);

        /// <summary>The rows of a count grouped by a word (a type, a kind): the word and its count.</summary>
        private List<(string? Key, int Count)> Counted(string sql)
        {
            var counted = new List<(string?, int)>();
            using var rows = new RawRows(connection, sql);
            while (rows.Read())
                counted.Add((rows.Text(0), rows.Int32(1)));
            return counted;
        }

        public Task<(PartialDate? Earliest, PartialDate? Latest)> DatedSpanAsync(CancellationToken cancellationToken = default) =>
            OneAtATimeAsync(() =>
            {
                // Dates are written "YYYY", "YYYY-MM" or "YYYY-MM-DD": in text order a period never comes after a
                // later one, so the least and greatest texts are the earliest and latest dates. SQLite takes the
                // precision from the row the MIN or MAX came from.
                PartialDate? Read(string aggregate)
                {
                    using var rows = new RawRows(connection, $"""
                        SELECT {aggregate}(date), date_precision FROM evidence WHERE date IS NOT NULL AND attribution <> $comment
                        """, ("$comment", CommentWord));
                    return rows.Read() && !rows.IsNull(0)
                        ? PartialDate.Parse(rows.Text(0), ModelNames.TryParsePrecision(rows.Text(1), out var precision) ? precision : null)
                        : null;
                }
                return Task.FromResult((Read("MIN"), Read("MAX")));
            }, cancellationToken);

        private async Task<T> OneAtATimeAsync<T>(Func<Task<T>> read, CancellationToken cancellationToken)
        {
            await _gate.WaitAsync(cancellationToken);
            try
            {
                ObjectDisposedException.ThrowIf(_disposed, this);
                return await read();
            }
            finally
            {
                _gate.Release();
            }
        }

        public async ValueTask DisposeAsync()
        {
            // Waits for a read in flight (a request given up may still be reading) before closing under it.
            await _gate.WaitAsync();
            try
            {
                if (_disposed)
                    return;
                _disposed = true;
                await transaction.DisposeAsync();
                await connection.DisposeAsync();
            }
            finally
            {
                _gate.Release();
            }
        }
    }
}
