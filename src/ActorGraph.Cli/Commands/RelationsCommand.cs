using System.CommandLine;
using ActorGraph.Core.Graph;
using ActorGraph.Core.Model;

namespace ActorGraph.Cli.Commands;

/// <summary><c>actorgraph relations [--actor NAME] [--kind K] [--db FILE | --neo4j-uri URI]</c>: the edges in the store with their evidence.</summary>
internal static class RelationsCommand
{
    public static Command Create(CliConsole console)
    {
        var storeOptions = new CommonOptions.StoreOptions();
        var actor = new Option<string?>("--actor", "-a") { Description = "Only relations of this actor (any alias, any case)." };
        var kind = new Option<string?>("--kind", "-k") { Description = "Only relations of this kind: affiliate, rival, attacked, allied." };
        kind.AcceptOnlyFromAmong("affiliate", "rival", "attacked", "allied");
        var evidence = new Option<bool>("--evidence", "-e") { Description = "Print every evidence sentence under its relation." };
        var command = new Command("relations", "List relations in the store: one edge per (source, target, kind), with dates and evidence counts.")
        {
            actor, kind, evidence,
        };
        foreach (var option in storeOptions.All)
            command.Options.Add(option);
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var opened = await storeOptions.OpenAsync(parse, cancellationToken);
            var store = opened.Store;
            var graph = await storeOptions.CorrectedAsync(parse, store, cancellationToken, withText: parse.GetValue(evidence));
            var name = parse.GetValue(actor) is { } given ? CommonOptions.ActorName(graph, given) : null;
            RelationKind? wanted = ModelNames.TryParseKind(parse.GetValue(kind), out var k) ? k : null;
            var relations = (name is null ? graph.Relations : graph.EdgesOf(name, GraphFilter.All).Select(e => e.Relation))
                .Where(r => wanted is null || r.Kind == wanted).ToList();
            TextTable.Write(console.Out, ["source", "kind", "target", "first seen", "last seen", "evidence", "confidence"],
                relations.Select(r => (IReadOnlyList<string>)
                [
                    r.Source, ModelNames.Of(r.Kind), r.Target, r.FirstSeen?.ToString() ?? "", r.LastSeen?.ToString() ?? "",
                    r.Evidence.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    r.Confidence.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture),
                ]));
            if (parse.GetValue(evidence))
            {
                foreach (var r in relations)
                {
                    console.Out.WriteLine();
                    console.Out.WriteLine($"{r.Source} -{ModelNames.Of(r.Kind)}-> {r.Target}");
                    foreach (var correction in r.Corrections)
                        console.Out.WriteLine($"  (correction) {correction}");
                    foreach (var e in r.Evidence)
                        console.Out.WriteLine($"  [{e.Evidence.Date?.ToString() ?? "undated"}] {e.Document.Title} ({e.Document.Key}, {ModelNames.Of(e.Evidence.Attribution)}): {e.Evidence.Sentence}");
                }
            }
            return ActorGraphCli.Ok;
        });
        return command;
    }
}
