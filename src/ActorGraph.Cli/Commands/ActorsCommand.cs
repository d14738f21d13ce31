using System.CommandLine;
using ActorGraph.Core.Model;

namespace ActorGraph.Cli.Commands;

/// <summary><c>actorgraph actors [--search TEXT] [--type T] [--db FILE | --neo4j-uri URI]</c>: the actors in the store.</summary>
internal static class ActorsCommand
{
    public static Command Create(CliConsole console)
    {
        var storeOptions = new CommonOptions.StoreOptions();
        var search = new Option<string?>("--search", "-s") { Description = "Only actors whose name or an alias contains this text." };
        var type = new Option<string?>("--type", "-t") { Description = "Only actors of this type: armed_group, state, coalition, person, other." };
        type.AcceptOnlyFromAmong("armed_group", "state", "coalition", "person", "other");
        var all = new Option<bool>("--all") { Description = "Also list dictionary actors that no document mentions." };
        var command = new Command("actors", "List the actors in the store with their relation and document counts.") { search, type, all };
        foreach (var option in storeOptions.All)
            command.Options.Add(option);
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var opened = await storeOptions.OpenAsync(parse, cancellationToken);
            var store = opened.Store;
            ActorType? wanted = ModelNames.TryParseActorType(parse.GetValue(type), out var t) ? t : null;
            var graph = await storeOptions.CorrectedAsync(parse, store, cancellationToken);
            var text = parse.GetValue(search);
            var actors = graph.Actors
                .Where(a => text is null || a.Name.Contains(text, StringComparison.OrdinalIgnoreCase) || a.Aliases.Any(x => x.Contains(text, StringComparison.OrdinalIgnoreCase)))
                .Where(a => wanted is null || a.Type == wanted)
                .Where(a => parse.GetValue(all) || a.Documents > 0 || a.Relations > 0)
                .OrderBy(a => a.Name, StringComparer.OrdinalIgnoreCase);
            TextTable.Write(console.Out, ["actor", "type", "relations", "documents", "aliases"],
                actors.Select(a => (IReadOnlyList<string>)
                [
                    (a.Discovered ? a.Name + " (discovered)" : a.Name) + (a.MergedFrom.Count > 0 ? $" (merged: {string.Join(", ", a.MergedFrom)})" : ""), ModelNames.Of(a.Type), a.Relations.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    a.Documents.ToString(System.Globalization.CultureInfo.InvariantCulture), string.Join(", ", a.Aliases),
                ]));
            return ActorGraphCli.Ok;
        });
        return command;
    }
}
