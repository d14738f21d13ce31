using System.CommandLine;
using ActorGraph.Core.Corrections;
using ActorGraph.Core.Graph;

namespace ActorGraph.Cli.Commands;

/// <summary><c>actorgraph corrections list|check|remove N</c>: the corrections file, and which entries match nothing any more.</summary>
internal static class CorrectionsCommand
{
    /// <summary>Exit code of <c>corrections check</c> when entries match nothing.</summary>
    public const int StaleFound = 3;

    public static Command Create(CliConsole console)
    {
        var command = new Command("corrections", "The analysts' corrections file: list it, check it against the store, remove an entry.");

        var list = Subcommand("list", "Every entry, numbered, with those that match nothing marked.", out var listStore);
        list.SetAction(async (parse, cancellationToken) =>
        {
            var (path, entries, stale) = await ReadAsync(listStore, parse, cancellationToken);
            console.Out.WriteLine($"{path}: {entries.Count} corrections");
            for (var i = 0; i < entries.Count; i++)
            {
                var problem = stale.FirstOrDefault(s => ReferenceEquals(s.Entry, entries[i]));
                console.Out.WriteLine($"{i + 1,4}. {entries[i].Describe()}{(problem is null ? "" : $"  [STALE: {problem.Reason}]")}");
            }
            return ActorGraphCli.Ok;
        });

        var check = Subcommand("check", $"Lists the entries that match nothing any more (a rejected sentence whose document changed); exit {StaleFound} when there are any.", out var checkStore);
        check.SetAction(async (parse, cancellationToken) =>
        {
            var (path, entries, stale) = await ReadAsync(checkStore, parse, cancellationToken);
            foreach (var problem in stale)
                console.Out.WriteLine($"{path}:{problem.Entry.Line}: {problem.Entry.Describe()}: {problem.Reason}");
            console.Out.WriteLine($"{entries.Count} corrections, {stale.Count} matching nothing");
            return stale.Count > 0 ? StaleFound : ActorGraphCli.Ok;
        });

        var number = new Argument<int>("number") { Description = "The entry's number in 'corrections list'." };
        var remove = Subcommand("remove", "Removes one entry (undoing a merge splits the actors again); other lines are kept as they are.", out var removeStore);
        remove.Arguments.Add(number);
        remove.SetAction(async (parse, cancellationToken) =>
        {
            var path = removeStore.CorrectionsPath(parse);
            var removed = await CorrectionsFile.RemoveAsync(path, parse.GetValue(number) - 1, cancellationToken);
            console.Out.WriteLine($"{path}: removed {removed.Describe()}");
            return ActorGraphCli.Ok;
        });

        command.Subcommands.Add(list);
        command.Subcommands.Add(check);
        command.Subcommands.Add(remove);
        return command;
    }

    private static Command Subcommand(string name, string description, out CommonOptions.StoreOptions storeOptions)
    {
        storeOptions = new CommonOptions.StoreOptions();
        var command = new Command(name, description);
        foreach (var option in storeOptions.All)
            command.Options.Add(option);
        return command;
    }

    private static async Task<(string Path, IReadOnlyList<Correction> Entries, IReadOnlyList<StaleCorrection> Stale)> ReadAsync(
        CommonOptions.StoreOptions storeOptions, ParseResult parse, CancellationToken cancellationToken)
    {
        var path = storeOptions.CorrectionsPath(parse);
        var entries = CorrectionsFile.Load(path);
        await using var opened = await storeOptions.OpenAsync(parse, cancellationToken);
        var graph = await GraphSnapshot.LoadAsync(opened.Store, cancellationToken, entries);
        return (path, entries, graph.StaleCorrections);
    }
}
