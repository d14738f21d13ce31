using System.Text.Json;
using ActorGraph.Core.Model;
using Microsoft.Data.Sqlite;

namespace ActorGraph.Core.Storage.Sqlite;

/// <summary>
/// Each actor's dated span (actor_span: the earliest and latest date of its relations' evidence, comments left out, as
/// written) kept at load, so that an actor's firstSeen/lastSeen is one row, not a read of a hub's every sentence. A new
/// document moves the spans of the actors its dated sentences name; a replaced one forgets the spans of the actors either
/// version named (a read works them out meanwhile), and they are worked out again once, when the run of loads completes.
/// </summary>
public sealed partial class SqliteGraphStore
{
    /// <summary>The actors whose spans loads since the last <see cref="CompleteLoadsAsync"/> forgot.</summary>
    private readonly HashSet<long> _pendingSpans = [];

    /// <summary>
    /// The span of every actor in $ids (a JSON list; every actor when <paramref name="some"/> is false), worked out from
    /// the rows and stored (an actor with no dated sentence gets a row of nulls).
    /// </summary>
    private static string SpansOf(bool some) => $"""
        INSERT OR REPLACE INTO actor_span(actor_id, earliest, latest)
        SELECT a.id, s.earliest, s.latest FROM actors a
        LEFT JOIN ({SpansIn(some ? "SELECT value FROM json_each($ids)" : null)}) s ON s.actor_id = a.id
        {(some ? "WHERE a.id IN (SELECT value FROM json_each($ids))" : "")}
        """;

    /// <summary>
    /// Each dated actor's id, earliest and latest date (as written) of its relations' evidence, comments left out ($comment),
    /// each relation with itself counted once: one pass over the evidence of the relations of <paramref name="actors"/> (a
    /// SQL set of actor ids; every actor when null). What actor_span holds, and what a read works out when it holds none.
    /// </summary>
    private static string SpansIn(string? actors) => $"""
        SELECT actor_id, MIN(date) AS earliest, MAX(date) AS latest FROM (
            SELECT r.source_id AS actor_id, e.date FROM relations r JOIN evidence e ON e.relation_id = r.id
            WHERE e.date IS NOT NULL AND e.attribution <> $comment{(actors is null ? "" : $" AND r.source_id IN ({actors})")}
            UNION ALL
            SELECT r.target_id, e.date FROM relations r JOIN evidence e ON e.relation_id = r.id
            WHERE r.target_id <> r.source_id AND e.date IS NOT NULL AND e.attribution <> $comment{(actors is null ? "" : $" AND r.target_id IN ({actors})")})
        GROUP BY actor_id
        """;

    private static readonly string CommentWord = ModelNames.Of(Attribution.Comment);

    /// <summary>
    /// What one document's load changes in actor_span: the dates its sentences give each actor they name (comments left
    /// out), as written.
    /// </summary>
    private sealed class SpanChanges
    {
        private readonly Dictionary<long, WrittenSpan> _dated = [];

        public void Dated(long source, long target, Evidence evidence)
        {
            foreach (var actor in source == target ? [source] : new[] { source, target })
                if (_dated.GetValueOrDefault(actor).With(evidence) is { Earliest: not null } span)
                    _dated[actor] = span;
        }

        /// <summary>
        /// Moves the spans the document's dates widen; when it replaced a version, forgets the spans of the actors either
        /// version named instead (what the old sentences held up may be gone). Returns the actors whose spans are to be
        /// worked out when the run completes: those forgotten, and those with no span stored to widen.
        /// </summary>
        public async Task<List<long>> ApplyAsync(SqliteGraphStore store, SqliteTransaction transaction, IReadOnlyCollection<long>? replacedActors,
            CancellationToken cancellationToken)
        {
            if (replacedActors is not null)
            {
                List<long> forgotten = [.. replacedActors.Concat(_dated.Keys).Distinct()];
                await store.RunAsync(transaction, cancellationToken, "DELETE FROM actor_span WHERE actor_id IN (SELECT value FROM json_each($ids))",
                    ("$ids", JsonSerializer.Serialize(forgotten)));
                return forgotten;
            }
            var unknown = new List<long>();
            await using var widen = store.Prepared(transaction, """
                UPDATE actor_span SET earliest = CASE WHEN earliest IS NULL OR $earliest < earliest THEN $earliest ELSE earliest END,
                                      latest = CASE WHEN latest IS NULL OR $latest > latest THEN $latest ELSE latest END
                WHERE actor_id = $a
                """, "$earliest", "$latest", "$a");
            foreach (var (actor, span) in _dated)
                if (await ExecuteAsync(widen, cancellationToken, span.Earliest, span.Latest, actor) == 0)
                    unknown.Add(actor);
            return unknown;
        }
    }

    /// <summary>Works out the spans loads forgot, in chunks of one transaction each; what fails stays to do.</summary>
    private async Task StorePendingSpansAsync(CancellationToken cancellationToken)
    {
        List<long> pending;
        lock (_pendingSpans)
        {
            pending = [.. _pendingSpans];
            _pendingSpans.Clear();
        }
        var stored = 0;
        try
        {
            foreach (var chunk in pending.Chunk(2_000))
            {
                await using var transaction = (SqliteTransaction)await _connection.BeginTransactionAsync(cancellationToken);
                await RunAsync(transaction, cancellationToken, SpansOf(some: true), ("$comment", CommentWord), ("$ids", JsonSerializer.Serialize(chunk)));
                await transaction.CommitAsync(cancellationToken);
                stored += chunk.Length;
            }
        }
        catch
        {
            lock (_pendingSpans)
                _pendingSpans.UnionWith(pending.Skip(stored));
            throw;
        }
    }

    /// <summary>The span stored for the actor named <paramref name="actor"/>; null when none is stored (a read works it out).</summary>
    private static (PartialDate? Earliest, PartialDate? Latest)? StoredSpan(SqliteConnection connection, string actor)
    {
        using var rows = new RawRows(connection, "SELECT s.earliest, s.latest FROM actor_span s JOIN actors a ON a.id = s.actor_id WHERE a.name = $actor",
            ("$actor", actor));
        return rows.Read() ? (PartialDate.Parse(rows.Text(0)), PartialDate.Parse(rows.Text(1))) : null;
    }
}
