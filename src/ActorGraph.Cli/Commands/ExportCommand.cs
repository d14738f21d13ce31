using System.CommandLine;
using ActorGraph.Core;
using ActorGraph.Core.Exports;
using ActorGraph.Core.Graph;
using ActorGraph.Core.Model;

namespace ActorGraph.Cli.Commands;

/// <summary>
/// <c>actorgraph export --format graphml|gexf|json|csv|cypher [--as-of DATE] [--kinds K,...] [--actor NAME... --hops N] [--out PATH]</c>:
/// the graph (or an actor's neighbourhood) with its evidence, for Gephi, yEd, networkx or Neo4j.
/// </summary>
internal static class ExportCommand
{
    public static Command Create(CliConsole console)
    {
        var storeOptions = new CommonOptions.StoreOptions();
        var format = new Option<string>("--format", "-f") { Description = "graphml (yEd, Cytoscape), gexf (Gephi, with time), json (networkx node-link), csv (zip for neo4j-admin import), cypher (cypher-shell script).", Required = true };
        format.AcceptOnlyFromAmong("graphml", "gexf", "json", "csv", "cypher");
        var asOf = new Option<string?>("--as-of") { Description = "The graph as it stood on this day (YYYY-MM-DD; a month or year means its last day): relations holding then, evidence known then." };
        var kinds = new Option<string[]>("--kinds", "-k") { Description = "Only these kinds: affiliate, rival, attacked, allied (comma-separated or repeated).", AllowMultipleArgumentsPerToken = true };
        var actor = new Option<string[]>("--actor", "-a") { Description = "Only this actor's neighbourhood (any alias); repeat for several, as the browser shows them." };
        var hops = new Option<int>("--hops") { Description = "With --actor: how many edges out (1 to 4).", DefaultValueFactory = _ => 1 };
        var limit = new Option<int>("--limit") { Description = "With --actor: at most this many actors, the best attested kept.", DefaultValueFactory = _ => 200 };
        var output = new Option<string?>("--out", "-o") { Description = "Write here (required for csv, a zip); otherwise standard output." };
        var command = new Command("export", "Export the graph with its evidence for Gephi, yEd, Cytoscape, networkx or Neo4j.")
        {
            format, asOf, kinds, actor, hops, limit, output,
        };
        foreach (var option in storeOptions.All)
            command.Options.Add(option);
        command.SetAction(async (parse, cancellationToken) =>
        {
            ExportWriter.TryParse(parse.GetValue(format), out var chosen);
            var path = parse.GetValue(output);
            if (chosen == ExportFormat.Csv && path is null)
                throw new InputException("--out", 0, "csv writes a zip of several files: give its path (--out graph.zip)");
            if (parse.GetValue(hops) is < 1 or > 4)
                throw new InputException("--hops", 0, "must be from 1 to 4");
            if (parse.GetValue(limit) < 1)
                throw new InputException("--limit", 0, "must be at least 1");
            var filter = new GraphFilter(Kinds(parse.GetValue(kinds)), CommonOptions.Day(parse.GetValue(asOf), "--as-of", end: true));

            await using var opened = await storeOptions.OpenAsync(parse, cancellationToken);
            var store = opened.Store;
            var snapshot = await storeOptions.CorrectedAsync(parse, store, cancellationToken);
            var centres = (parse.GetValue(actor) ?? []).Select(given => CommonOptions.ActorName(snapshot, given)).ToList();
            var graph = await ExportedGraph.BuildAsync(store, snapshot, filter, centres, parse.GetValue(hops), parse.GetValue(limit), cancellationToken);
            if (path is null)
            {
                using var buffer = new MemoryStream();
                ExportWriter.Write(graph, chosen, buffer, cancellationToken);
                console.Out.Write(ExportWriter.Utf8.GetString(buffer.ToArray()));
                return ActorGraphCli.Ok;
            }
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            // Written beside and moved into place: an interrupted export never leaves half a file under the name.
            var partial = path + ".partial";
            await using (var file = File.Create(partial))
                ExportWriter.Write(graph, chosen, file, cancellationToken);
            File.Move(partial, path, overwrite: true);
            console.Error.WriteLine($"wrote {path}: {graph.Actors.Count} actors, {graph.Edges.Count} relations, {graph.Edges.Sum(e => e.Evidence.Count)} evidence sentences ({ExportWriter.Name(chosen)})");
            return ActorGraphCli.Ok;
        });
        return command;
    }

    private static HashSet<RelationKind>? Kinds(string[]? given)
    {
        var names = (given ?? []).SelectMany(k => k.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
        if (names.Count == 0)
            return null;
        var kinds = new HashSet<RelationKind>();
        foreach (var name in names)
            kinds.Add(ModelNames.TryParseKind(name, out var kind) ? kind : throw new InputException("--kinds", 0, $"'{name}' is no relation kind: affiliate, rival, attacked or allied"));
        return kinds;
    }
}
