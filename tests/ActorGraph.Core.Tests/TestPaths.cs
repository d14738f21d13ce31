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

    public string File(string name, string text)
    {
        var path = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllText(path, text);
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
