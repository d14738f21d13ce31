using System.CommandLine;
using ActorGraph.Core;
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

    /// <summary>The embedded store at <paramref name="path"/>, its schema ready.</summary>
    public static async Task<SqliteGraphStore> OpenStoreAsync(string path, CancellationToken cancellationToken)
    {
        var store = new SqliteGraphStore(path);
        try
        {
            await store.InitializeAsync(cancellationToken);
            return store;
        }
        catch
        {
            await store.DisposeAsync();
            throw;
        }
    }

    /// <summary>The canonical name of the actor a user named by any alias; bad input when the store has none.</summary>
    public static async Task<string> ActorNameAsync(SqliteGraphStore store, string given, CancellationToken cancellationToken) =>
        (await store.FindActorAsync(given, cancellationToken))?.Name
            ?? throw new InputException("--actor", 0, $"no actor named or aliased '{given}' in the store (try 'actorgraph actors --search')");

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
