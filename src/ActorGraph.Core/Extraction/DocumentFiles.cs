namespace ActorGraph.Core.Extraction;

/// <summary>Expands the paths a user gives (files and folders) into document files, in a stable order.</summary>
public static class DocumentFiles
{
    /// <summary>Folders are searched recursively for .txt and .md files; a missing path is bad input.</summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
                files.Add(path);
            else if (Directory.Exists(path))
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => DocumentReader.DocumentExtensions.Contains(Path.GetExtension(f)))
                    .Order(StringComparer.Ordinal));
            else
                throw new InputException(path, 0, "no such file or folder");
        }
        return files.Distinct().ToList();
    }
}
