using ActorGraph.Core.Extraction;

namespace ActorGraph.Core.Tests;

/// <summary>Finds the repository's seed folder from the test binaries, and loads its lexicon once.</summary>
internal static class TestPaths
{
    private static readonly Lazy<Lexicon> SeedLexiconValue = new(() => Lexicon.Load(SeedFolder));

    public static string RepositoryRoot => ActorGraph.Testing.RepositoryPaths.Root;

    public static string SeedFolder => ActorGraph.Testing.RepositoryPaths.Seed;

    public static Lexicon SeedLexicon => SeedLexiconValue.Value;

    /// <summary>A fresh folder under the system temp folder, removed by the caller's using.</summary>
    public static TempFolder NewTempFolder() => new();
}

internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("actorgraph-test-").FullName;

    private static readonly System.Text.UTF8Encoding ReplacingUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    public string File(string name, string text)
    {
        var path = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        // Fuzzed text may split a surrogate pair; UTF-8 cannot hold half of one, so it is written as U+FFFD (the
        // default encoder throws instead). Tests that need invalid bytes write bytes.
        System.IO.File.WriteAllText(path, text, ReplacingUtf8);
        return path;
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // a file still held open on some platforms; the OS cleans its temp folder
        }
    }
}
