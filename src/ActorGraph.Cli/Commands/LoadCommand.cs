using System.CommandLine;
using ActorGraph.Core.Extraction;
using ActorGraph.Core.Storage;

namespace ActorGraph.Cli.Commands;

/// <summary><c>actorgraph load [paths...] [--db FILE | --neo4j-uri URI]</c>: extract documents and store them; idempotent.</summary>
internal static class LoadCommand
{
    /// <summary>Loads with more files than this show progress on standard error.</summary>
    private const int ProgressThreshold = 20;

    public static Command Create(CliConsole console)
    {
        var paths = CommonOptions.Paths("Document files or folders (default: seed/).");
        var storeOptions = new CommonOptions.StoreOptions();
        var lexicon = CommonOptions.LexiconFolder();
        var limits = new CommonOptions.LimitOptions();
        var jobs = CommonOptions.Jobs();
        var command = new Command("load", "Extract documents and store them in the graph. Loading the same document again changes nothing.")
        {
            paths, lexicon, jobs,
        };
        foreach (var option in limits.All)
            command.Options.Add(option);
        foreach (var option in storeOptions.All)
            command.Options.Add(option);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var loadedLexicon = Lexicon.Load(Lexicon.Locate(parse.GetValue(lexicon)));
            var files = DocumentFiles.Expand(parse.GetValue(paths) is { Length: > 0 } given ? given : ["seed"]);
            await using var opened = await storeOptions.OpenAsync(parse, cancellationToken);
            var store = opened.Store;
            var progress = files.Count > ProgressThreshold
                ? new ProgressLine(done => { if (done % 10 == 0 || done == files.Count) console.Error.WriteLine($"loaded {done}/{files.Count} documents"); })
                : null;
            var summary = await new GraphLoader(store, loadedLexicon, limits.Read(parse), parse.GetValue(jobs)).LoadFilesAsync(files, progress, cancellationToken);
            console.Out.WriteLine($"documents: {summary.Added} added, {summary.Replaced} replaced, {summary.Unchanged} unchanged, {summary.Skipped.Count} skipped");
            foreach (var reason in summary.Skipped)
                console.Out.WriteLine($"  skipped {reason}");
            foreach (var note in summary.Notes)
                console.Out.WriteLine($"  read in part {note}");
            console.Out.WriteLine($"relations found: {summary.RelationsFound}");
            console.Out.WriteLine($"store {opened.Name}: {summary.After.Documents} documents, {summary.After.Actors} actors, {summary.After.Relations} relations, {summary.After.Evidence} evidence sentences");
            return summary.Skipped.Count > 0 ? ActorGraphCli.BadInput : ActorGraphCli.Ok;
        });
        return command;
    }
}
