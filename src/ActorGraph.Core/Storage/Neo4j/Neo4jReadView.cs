using System.Text.Json;
using ActorGraph.Core.Graph;
using ActorGraph.Core.Model;

namespace ActorGraph.Core.Storage.Neo4j;

/// <summary>
/// Neo4j read a query at a time: an actor and its relationships by Cypher from the actor's node, the counts from the
/// count store, the dated span by the date index. Nothing to hold or let go: each read is one auto-commit statement.
/// </summary>
internal sealed class Neo4jReadView(Neo4jGraphStore store) : IGraphReadView
{
    public Task<StoredActor?> FindActorAsync(string nameOrAlias, CancellationToken cancellationToken = default) =>
        store.FindActorAsync(nameOrAlias, cancellationToken);

    public Task<IReadOnlyList<StoredActor>> ActorsNamedAsync(IReadOnlyCollection<string> names, CancellationToken cancellationToken = default) =>
        store.ActorsNamedAsync(names, cancellationToken);

    public Task<IReadOnlyList<StoredRelation>> RelationsOfAsync(string actor, CancellationToken cancellationToken = default) =>
        store.GetRelationsAsync(actor, cancellationToken: cancellationToken);

    public async Task<IReadOnlyList<string>> NeighborNamesAsync(string actor, IReadOnlySet<RelationKind>? kinds, Direction direction, int first,
        CancellationToken cancellationToken = default) =>
        (await NeighborsAsync(actor, kinds, direction, cancellationToken)).Select(n => n.Name).Order(NameOrder.Instance).Take(first).ToList();

    public async Task<(int Relations, int Neighbors)> CountNeighborsAsync(string actor, IReadOnlySet<RelationKind>? kinds, Direction direction,
        CancellationToken cancellationToken = default)
    {
        var neighbors = await NeighborsAsync(actor, kinds, direction, cancellationToken);
        return (neighbors.Sum(n => n.Relations), neighbors.Count);
    }

    public async Task<IReadOnlyList<StoredRelation>> RelationPageAsync(string actor, IReadOnlySet<RelationKind>? kinds, Direction direction, int first,
        CancellationToken cancellationToken = default)
    {
        var keys = new List<(string Key, StoredRelation Order)>();
        foreach (var row in await store.RunAsync(Neo4jCypher.ViewRelationKeys, NeighborParameters(actor, kinds, direction), cancellationToken))
            if (ModelNames.TryParseKind(row["kind"].GetString(), out var kind))
                keys.Add((row["key"].GetString()!, new StoredRelation(row["source"].GetString()!, row["target"].GetString()!, kind, [])));
        return await store.RelationsKeyedAsync(actor, [.. keys.OrderBy(k => k.Order, StoredRelation.Order).Take(Math.Max(first, 0)).Select(k => k.Key)], cancellationToken);
    }

    public async Task<(PartialDate? Earliest, PartialDate? Latest)> SeenSpanAsync(string actor, CancellationToken cancellationToken = default)
    {
        var rows = await store.RunAsync(Neo4jCypher.ViewSeen, new { actor, comment = ModelNames.Of(Attribution.Comment) }, cancellationToken);
        PartialDate? Read(string column) => rows.Count > 0 && rows[0][column].ValueKind == JsonValueKind.String ? PartialDate.Parse(rows[0][column].GetString()) : null;
        return (Read("earliest"), Read("latest"));
    }

    private static object NeighborParameters(string actor, IReadOnlySet<RelationKind>? kinds, Direction direction) => new
    {
        actor, kinds = kinds?.Select(ModelNames.Of).ToArray(), direction = direction.ToString().ToLowerInvariant(),
        symmetric = RelationKinds.Symmetric.Select(ModelNames.Of).ToArray(),
    };

    /// <summary>Each neighbour's name and how many relations reach it (Cypher cannot sort in the embedded store's order).</summary>
    private async Task<List<(string Name, int Relations)>> NeighborsAsync(string actor, IReadOnlySet<RelationKind>? kinds, Direction direction,
        CancellationToken cancellationToken)
    {
        return [.. (await store.RunAsync(Neo4jCypher.ViewNeighbors, NeighborParameters(actor, kinds, direction), cancellationToken))
            .Select(row => (row["name"].GetString()!, row["relations"].GetInt32()))];
    }

    /// <summary>Nothing to read: this store's evidence comes with its text.</summary>
    public Task<IReadOnlyDictionary<long, (string Sentence, string Explanation)>> EvidenceTextAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken = default) =>
        store.GetEvidenceTextAsync(ids, cancellationToken);

    public async Task<GraphSummary> SummaryAsync(CancellationToken cancellationToken = default)
    {
        var counts = (await store.RunAsync(Neo4jCypher.ViewCounts, null, cancellationToken))[0];
        return GraphSummary.Of(counts["documents"].GetInt32(), counts["evidence"].GetInt32(),
            Counted(await store.RunAsync(Neo4jCypher.ViewActorTypes, null, cancellationToken)),
            Counted(await store.RunAsync(Neo4jCypher.ViewRelationKinds, null, cancellationToken)));
    }

    public async Task<(PartialDate? Earliest, PartialDate? Latest)> DatedSpanAsync(CancellationToken cancellationToken = default)
    {
        var parameters = new { comment = ModelNames.Of(Attribution.Comment) };
        return (Dated(await store.RunAsync(Neo4jCypher.ViewEarliest, parameters, cancellationToken)),
            Dated(await store.RunAsync(Neo4jCypher.ViewLatest, parameters, cancellationToken)));
    }

    private static IEnumerable<(string? Key, int Count)> Counted(IReadOnlyList<Dictionary<string, JsonElement>> rows) =>
        rows.Select(row => (row["key"].ValueKind == JsonValueKind.String ? row["key"].GetString() : null, row["count"].GetInt32()));

    private static PartialDate? Dated(IReadOnlyList<Dictionary<string, JsonElement>> rows)
    {
        if (rows.Count == 0 || rows[0]["date"].ValueKind != JsonValueKind.String)
            return null;
        var precision = rows[0].TryGetValue("precision", out var p) && p.ValueKind == JsonValueKind.String
            && ModelNames.TryParsePrecision(p.GetString(), out var parsed) ? parsed : (DatePrecision?)null;
        return PartialDate.Parse(rows[0]["date"].GetString(), precision);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
