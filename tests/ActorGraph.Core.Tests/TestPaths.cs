using ActorGraph.Core.Extraction;

namespace ActorGraph.Core.Tests;

/// <summary>Finds the repository's seed folder from the test binaries, and loads its lexicon once.</summary>
internal static class TestPaths
{
    private static readonly Lazy<Lexicon> SeedLexiconValue = new(() => Lexicon.Load(SeedFolder));

    public static string RepositoryRoot
    {
        get
        {
            var folder = new DirectoryInfo(AppContext.BaseDirectory);
            while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "ActorGraph.sln")))
                folder = folder.Parent;
            return folder?.FullName ?? throw new InvalidOperationException("ActorGraph.sln not found above " + AppContext.BaseDirectory);
        }
    }

    public static string SeedFolder => Path.Combine(RepositoryRoot, "seed");

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
