namespace ActorGraph.Core.Extraction;

/// <summary>Expands the paths a user gives (files and folders) into document files, in a stable order.</summary>
public static class DocumentFiles
{
    /// <summary>
    /// Folders are searched recursively for .txt and .md files, each real folder once however many links lead
    /// to it (a link to a parent folder does not loop); a missing path is bad input.
    /// </summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
        var seenFolders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (File.Exists(path))
                files.Add(path);
            else if (Directory.Exists(path))
                files.AddRange(FolderFiles(path, seenFolders).Order(StringComparer.Ordinal));
            else
                throw new InputException(path, 0, "no such file or folder");
        }
        return files.Distinct().ToList();
    }

    private static IEnumerable<string> FolderFiles(string root, HashSet<string> seenFolders)
    {
        var pending = new Stack<string>([root]);
        var options = new EnumerationOptions { RecurseSubdirectories = false, AttributesToSkip = 0, IgnoreInaccessible = true };
        while (pending.Count > 0)
        {
            var folder = pending.Pop();
            var real = RealPath(folder);
            if (IsSystemPath(real) || !seenFolders.Add(real))
                continue;
            foreach (var file in Directory.EnumerateFiles(folder, "*", options))
                if (DocumentReader.DocumentExtensions.Contains(Path.GetExtension(file)))
                    yield return file;
            foreach (var sub in Directory.EnumerateDirectories(folder, "*", options))
                pending.Push(sub);
        }
    }

    /// <summary>The path with every symbolic link along it resolved (as realpath(3) does), or the full path when a link is broken.</summary>
    public static string RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        for (var hops = 0; hops < 40; hops++)
        {
            var resolved = ResolveOnce(full);
            if (resolved == full)
                return full;
            full = resolved;
        }
        return full;
    }

    /// <summary>Resolves the first link found walking from the root down <paramref name="full"/>.</summary>
    private static string ResolveOnce(string full)
    {
        var root = Path.GetPathRoot(full) ?? "";
        var parts = full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        var current = root;
        for (var i = 0; i < parts.Length; i++)
        {
            var next = Path.Combine(current, parts[i]);
            FileSystemInfo info = Directory.Exists(next) ? new DirectoryInfo(next) : new FileInfo(next);
            if (info.LinkTarget is { } target)
            {
                var resolved = Path.GetFullPath(Path.IsPathRooted(target) ? target : Path.Combine(current, target));
                return Path.GetFullPath(Path.Combine([resolved, .. parts[(i + 1)..]]));
            }
            current = next;
        }
        return full;
    }

    /// <summary>Devices and kernel files (<c>/dev</c>, <c>/proc</c>, <c>/sys</c>): never documents.</summary>
    public static bool IsSystemPath(string realPath) =>
        !OperatingSystem.IsWindows() && (realPath is "/dev" or "/proc" or "/sys"
            || realPath.StartsWith("/dev/", StringComparison.Ordinal) || realPath.StartsWith("/proc/", StringComparison.Ordinal)
            || realPath.StartsWith("/sys/", StringComparison.Ordinal));
}
