using System.CommandLine;
using ActorGraph.Core;
using ActorGraph.Core.Storage;

namespace ActorGraph.Cli.Commands;

/// <summary>
/// <c>actorgraph sync --to neo4j [--db FILE] --neo4j-uri URI</c>: copies the embedded store into Neo4j, document by
/// document with progress; running it again sends only what changed.
/// </summary>
internal static class SyncCommand
{
    public static Command Create(CliConsole console)
    {
        var storeOptions = new CommonOptions.StoreOptions();
        var to = new Option<string>("--to") { Description = "The store to copy the embedded store into: neo4j.", Required = true };
        to.AcceptOnlyFromAmong("neo4j");
        var command = new Command("sync", "Copy the embedded store (--db) into a Neo4j server (--neo4j-uri); idempotent, one transaction a document.") { to };
        foreach (var option in storeOptions.All)
            command.Options.Add(option);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var connection = storeOptions.Neo4j(parse)
                ?? throw new InputException("--neo4j-uri", 0, "name the Neo4j server to copy into (or set ActorGraph__Neo4jUri)");
            await using var from = await CommonOptions.OpenStoreAsync(parse.GetValue(storeOptions.Database)!, cancellationToken);
            var total = (await from.CountAsync(cancellationToken)).Documents;
            await using var target = new Core.Storage.Neo4j.Neo4jGraphStore(connection);
            var progress = new ProgressLine(done => { if (done % 50 == 0 || done == total) console.Error.WriteLine($"copied {done}/{total} documents"); });
            var summary = await StoreCopy.CopyAsync(from, target, progress, cancellationToken);
            console.Out.WriteLine($"documents: {summary.Added} added, {summary.Replaced} replaced, {summary.Unchanged} unchanged");
            console.Out.WriteLine($"neo4j {connection.BaseAddress}: {summary.Target.Documents} documents, {summary.Target.Actors} actors, {summary.Target.Relations} relations, {summary.Target.Evidence} evidence sentences");
            return ActorGraphCli.Ok;
        });
        return command;
    }
}
