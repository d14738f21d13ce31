using System.CommandLine;
using ActorGraph.Core;
using ActorGraph.Core.Extraction;
using ActorGraph.Core.Graph;
using ActorGraph.Core.Model;
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

    /// <summary>The bounds of reading one document, each an option; defaults from <see cref="ExtractionLimits.Default"/>.</summary>
    public sealed class LimitOptions
    {
        public Option<int> DocumentMegabytes { get; } = new("--max-document-mb")
        {
            Description = $"Skip documents larger than this many megabytes (default {ExtractionLimits.Default.MaxDocumentBytes / (1024 * 1024)}).",
            DefaultValueFactory = _ => (int)(ExtractionLimits.Default.MaxDocumentBytes / (1024 * 1024)),
        };

        public Option<int> SentenceChars { get; } = new("--max-sentence-chars")
        {
            Description = $"Read longer sentences in pieces of at most this many characters (default {ExtractionLimits.Default.MaxSentenceChars}).",
            DefaultValueFactory = _ => ExtractionLimits.Default.MaxSentenceChars,
        };

        public Option<int> Relations { get; } = new("--max-relations")
        {
            Description = $"Stop reading a document once it gave this many relations (default {ExtractionLimits.Default.MaxRelationsPerDocument}).",
            DefaultValueFactory = _ => ExtractionLimits.Default.MaxRelationsPerDocument,
        };

        public IEnumerable<Option> All => [DocumentMegabytes, SentenceChars, Relations];

        public ExtractionLimits Read(ParseResult parse)
        {
            var megabytes = parse.GetValue(DocumentMegabytes);
            var chars = parse.GetValue(SentenceChars);
            var relations = parse.GetValue(Relations);
            if (megabytes < 1)
                throw new InputException("--max-document-mb", 0, "must be at least 1");
            if (chars < 100)
                throw new InputException("--max-sentence-chars", 0, "must be at least 100");
            if (relations < 1)
                throw new InputException("--max-relations", 0, "must be at least 1");
            return new ExtractionLimits(megabytes * 1024L * 1024, chars, relations);
        }
    }

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

    /// <summary>A date a user typed; a month or year stands for its first day, or its last with <paramref name="end"/>.</summary>
    public static DateOnly? Day(string? text, string option, bool end)
    {
        if (text is null)
            return null;
        if (!PartialDate.TryParse(text, out var date))
            throw new InputException(option, 0, $"must be a date written YYYY-MM-DD, YYYY-MM or YYYY, not '{text}'");
        return end ? GraphFilter.End(date) : date.Value;
    }

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
