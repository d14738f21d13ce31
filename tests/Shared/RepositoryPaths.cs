namespace ActorGraph.Testing;

/// <summary>Finds the repository from the test or benchmark binaries (the folder that holds ActorGraph.sln).</summary>
internal static class RepositoryPaths
{
    public static string Root
    {
        get
        {
            var folder = new DirectoryInfo(AppContext.BaseDirectory);
            while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "ActorGraph.sln")))
                folder = folder.Parent;
            return folder?.FullName ?? throw new InvalidOperationException($"ActorGraph.sln not found above {AppContext.BaseDirectory}");
        }
    }

    public static string Seed => Path.Combine(Root, "seed");
}
