using System.CommandLine;
using ActorGraph.Core.Storage.Sqlite;

namespace ActorGraph.Cli.Commands;

/// <summary>Options several commands share, so they read the same everywhere.</summary>
internal static class CommonOptions
{
    public static Option<string> Database() => new("--db")
    {
        Description = $"The embedded store (SQLite file). Default: {SqliteGraphStore.DefaultPath}",
        DefaultValueFactory = _ => SqliteGraphStore.DefaultPath,
    };

    public static Option<string?> LexiconFolder() => new("--lexicon")
    {
        Description = "Folder holding actors.yaml and relations.yaml. Default: ./seed, else the copy shipped with actorgraph.",
    };

    public static Argument<string[]> Paths(string description)
    {
        var paths = new Argument<string[]>("paths") { Description = description, Arity = ArgumentArity.ZeroOrMore };
        // Without this an unknown option ("--dbb") would be taken for a path and reported as a missing file.
        paths.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(t => t.Value.StartsWith('-')))
                result.AddError($"unknown option '{token.Value}'");
        });
        return paths;
    }
}
