using ActorGraph.Core.Model;
using ActorGraph.Core.Storage.Sqlite;

namespace ActorGraph.Core.Storage;

/// <summary>
/// Copies the embedded store into another store (a Neo4j server) document by document, each its own transaction:
/// the dictionary first, then every document with the fingerprint it was stored with, so a second copy finds every
/// document unchanged and sends nothing. Documents only the target holds are left alone.
/// </summary>
public static class StoreCopy
{
    public sealed record Summary(int Added, int Replaced, int Unchanged, GraphCounts Target);

    /// <param name="progress">Told the number of documents done after each one.</param>
    public static async Task<Summary> CopyAsync(SqliteGraphStore from, IGraphStore to, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        await to.InitializeAsync(cancellationToken);
        var dictionary = (await from.GetActorsAsync(cancellationToken: cancellationToken)).Where(a => !a.Discovered)
            .Select(a => new Actor(a.Name, a.Type, a.Aliases)).ToList();
        await to.SyncActorsAsync(dictionary, cancellationToken);
        int added = 0, replaced = 0, unchanged = 0, done = 0;
        await foreach (var (result, fingerprint) in from.ReadDocumentsAsync(cancellationToken))
        {
            switch (await to.LoadAsync(result, fingerprint, cancellationToken))
            {
                case LoadOutcome.Added: added++; break;
                case LoadOutcome.Replaced: replaced++; break;
                default: unchanged++; break;
            }
            progress?.Report(++done);
        }
        await to.CompleteLoadsAsync(cancellationToken);
        return new Summary(added, replaced, unchanged, await to.CountAsync(cancellationToken));
    }
}
