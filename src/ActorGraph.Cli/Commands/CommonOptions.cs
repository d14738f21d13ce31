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

    public static Argument<string[]> Paths(string description) => new("paths")
    {
        Description = description,
        Arity = ArgumentArity.ZeroOrMore,
    };
}
