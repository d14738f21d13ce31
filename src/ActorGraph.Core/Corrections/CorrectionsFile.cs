using System.Globalization;
using System.Text;
using ActorGraph.Core.Extraction;
using YamlDotNet.RepresentationModel;

namespace ActorGraph.Core.Corrections;

/// <summary>
/// <c>corrections.yaml</c>: the analysts' corrections, one list entry each, in the order they were made. Human
/// readable and diffable (a team keeps it in git); the source of truth that every read of the graph applies.
/// New entries are appended to the text as it is (comments and layout kept), atomically (a temporary file
/// renamed over it) and under a lock file, so two clients correcting at once never lose one another's entry.
/// </summary>
public static class CorrectionsFile
{
    public const string FileName = "corrections.yaml";

    /// <summary>The file beside an embedded store: <c>data/actorgraph.db</c> keeps <c>data/corrections.yaml</c>.</summary>
    public static string BesideDatabase(string databasePath) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(databasePath)) ?? ".", FileName);

    private const string Header = "# ActorGraph corrections: applied over what extraction finds, at every load and start-up.\n"
        + "# Add entries with 'actorgraph correct ...', the API's correct* mutations or the graph browser; edit by hand if you like.\n";

    /// <summary>The entries; none when the file does not exist. A broken file is an error naming its line.</summary>
    public static IReadOnlyList<Correction> Load(string path) =>
        File.Exists(path) ? Parse(File.ReadAllText(path), path) : [];

    public static IReadOnlyList<Correction> Parse(string text, string path)
    {
        var stream = YamlText.Load(text, path, what: "corrections file");
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
            return [];
        if (stream.Documents[0].RootNode is not YamlSequenceNode list)
            throw new InputException(path, 1, "must be a list of corrections (each entry starting with '- ')");
        return list.Children.Select(item => Entry(item, path)).ToList();
    }

    private static readonly Dictionary<string, CorrectionKind> KindKeys = new()
    {
        ["merge"] = CorrectionKind.Merge, ["rename"] = CorrectionKind.Rename, ["type"] = CorrectionKind.Type, ["alias"] = CorrectionKind.Alias,
        ["reject-evidence"] = CorrectionKind.RejectEvidence, ["reject-relation"] = CorrectionKind.RejectRelation,
        ["assert"] = CorrectionKind.Assert, ["note"] = CorrectionKind.Note,
    };

    private static readonly Dictionary<CorrectionKind, string[]> Fields = new()
    {
        [CorrectionKind.Merge] = ["into"],
        [CorrectionKind.Rename] = ["to"],
        [CorrectionKind.Type] = ["set"],
        [CorrectionKind.Alias] = [],
        [CorrectionKind.RejectEvidence] = ["document", "sentence"],
        [CorrectionKind.RejectRelation] = [],
        [CorrectionKind.Assert] = ["source", "target"],
        [CorrectionKind.Note] = ["text"],
    };

    private static readonly HashSet<string> Known = ["into", "to", "set", "add", "remove", "document", "sentence", "source", "target", "date", "outside-source", "text", "by", "at", "why"];

    private static Correction Entry(YamlNode node, string path)
    {
        var line = (int)node.Start.Line;
        if (node is not YamlMappingNode map)
            throw new InputException(path, line, "each correction is a mapping such as 'merge: X' with 'into: Y'");
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in map.Children)
        {
            if (value is not YamlScalarNode scalar)
                throw new InputException(path, (int)value.Start.Line, $"'{key}' must be a single value");
            values[key.ToString()] = scalar.Value ?? "";
        }
        var kindKey = values.Keys.FirstOrDefault(KindKeys.ContainsKey)
            ?? throw new InputException(path, line, $"a correction starts with one of: {string.Join(", ", KindKeys.Keys)}");
        var kind = KindKeys[kindKey];
        foreach (var key in values.Keys.Where(k => k != kindKey && !Known.Contains(k)))
            throw new InputException(path, line, $"unknown field '{key}' in a {kindKey} correction");
        foreach (var field in Fields[kind].Where(f => !values.TryGetValue(f, out var v) || v.Trim().Length == 0))
            throw new InputException(path, line, $"a {kindKey} correction needs '{field}'");
        string? Get(string key) => values.TryGetValue(key, out var v) && v.Trim().Length > 0 ? v.Trim() : null;
        if (kind == CorrectionKind.Alias && (Get("add") is null) == (Get("remove") is null))
            throw new InputException(path, line, "an alias correction has either 'add' or 'remove'");
        if (kind == CorrectionKind.Assert && (Get("document") is null || Get("sentence") is null) && Get("outside-source") is null)
            throw new InputException(path, line, "an assert correction points at a 'document' and its 'sentence', or names an 'outside-source'");
        var at = DateTimeOffset.MinValue;
        if (Get("at") is { } written && !DateTimeOffset.TryParse(written, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out at))
            throw new InputException(path, line, $"'at' must be a time such as 2026-11-30T10:00:00Z, not '{written}'");
        if (Get("date") is { } date && !Model.PartialDate.TryParse(date, out _))
            throw new InputException(path, line, $"'date' must be YYYY, YYYY-MM or YYYY-MM-DD, not '{date}'");
        var subject = Get(kindKey) ?? throw new InputException(path, line, $"'{kindKey}' needs a value");
        return kind switch
        {
            CorrectionKind.Assert => new Correction(kind, Get("source")!, Get("by") ?? "", at, Get("why") ?? "", Value: subject, Target: Get("target"),
                Document: Get("document"), Sentence: Get("sentence"), Date: Get("date"), OutsideSource: Get("outside-source"), Line: line),
            _ => new Correction(kind, subject, Get("by") ?? "", at, Get("why") ?? "",
                Into: Get("into") ?? Get("to"), Value: Get("set") ?? Get("add") ?? Get("remove") ?? Get("text"), Remove: Get("remove") is not null,
                Document: Get("document"), Sentence: Get("sentence"), Line: line),
        };
    }

    /// <summary>An entry as it is written in the file: every value double-quoted, so any text survives.</summary>
    public static string Write(Correction entry)
    {
        var lines = new List<(string Key, string? Value)>();
        switch (entry.Kind)
        {
            case CorrectionKind.Merge: lines.AddRange([("merge", entry.Subject), ("into", entry.Into)]); break;
            case CorrectionKind.Rename: lines.AddRange([("rename", entry.Subject), ("to", entry.Into)]); break;
            case CorrectionKind.Type: lines.AddRange([("type", entry.Subject), ("set", entry.Value)]); break;
            case CorrectionKind.Alias: lines.AddRange([("alias", entry.Subject), (entry.Remove ? "remove" : "add", entry.Value)]); break;
            case CorrectionKind.RejectEvidence: lines.AddRange([("reject-evidence", entry.Subject), ("document", entry.Document), ("sentence", entry.Sentence)]); break;
            case CorrectionKind.RejectRelation: lines.Add(("reject-relation", entry.Subject)); break;
            case CorrectionKind.Assert:
                lines.AddRange([("assert", entry.Value), ("source", entry.Subject), ("target", entry.Target), ("date", entry.Date),
                    ("document", entry.Document), ("sentence", entry.Sentence), ("outside-source", entry.OutsideSource)]);
                break;
            default: lines.AddRange([("note", entry.Subject), ("text", entry.Value)]); break;
        }
        lines.AddRange([("by", entry.By), ("at", entry.At.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)), ("why", entry.Why)]);
        var text = new StringBuilder();
        foreach (var (key, value) in lines.Where(l => l.Value is not null))
            text.Append(text.Length == 0 ? "- " : "  ").Append(key).Append(": ").Append(Quote(value!)).Append('\n');
        return text.ToString();
    }

    /// <summary>A YAML double-quoted scalar: backslash, quote and control characters escaped.</summary>
    public static string Quote(string value)
    {
        var quoted = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '\\': quoted.Append("\\\\"); break;
                case '"': quoted.Append("\\\""); break;
                case '\n': quoted.Append("\\n"); break;
                case '\r': quoted.Append("\\r"); break;
                case '\t': quoted.Append("\\t"); break;
                default:
                    if (char.IsControl(c))
                        quoted.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    else
                        quoted.Append(c);
                    break;
            }
        }
        return quoted.Append('"').ToString();
    }

    /// <summary>
    /// The check a new entry passes before it is appended: the same correction (who, when and why aside) must not be
    /// recorded twice. Returns why it is refused, or null.
    /// </summary>
    public static string? AlreadyRecorded(IReadOnlyList<Correction> existing, Correction entry)
    {
        static Correction Bare(Correction c) => c with { By = "", At = default, Why = "", Line = 0 };
        return existing.FirstOrDefault(e => Bare(e) == Bare(entry)) is { } same ? $"already recorded at line {same.Line}: {same.Describe()}" : null;
    }

    /// <summary>
    /// Appends an entry under the file's lock. <paramref name="check"/> sees the entries as they are at that moment
    /// (another client's included) and returns why the new one conflicts with them, or null.
    /// </summary>
    public static async Task<Correction> AppendAsync(string path, Correction entry, Func<IReadOnlyList<Correction>, string?>? check = null, CancellationToken cancellationToken = default)
    {
        await using var held = await LockAsync(path, cancellationToken);
        var text = File.Exists(path) ? await File.ReadAllTextAsync(path, cancellationToken) : Header;
        var entries = Parse(text, path); // a broken file is never written over
        if (check?.Invoke(entries) is { } conflict)
            throw new InputException(path, 0, conflict);
        if (text.Length > 0 && !text.EndsWith('\n'))
            text += "\n";
        var written = Write(entry);
        await ReplaceAsync(path, text + written, cancellationToken);
        return entry with { Line = text.Count(c => c == '\n') + 1 };
    }

    /// <summary>Removes the entry at <paramref name="index"/> (0-based, as listed), keeping every other line as it is.</summary>
    public static async Task<Correction> RemoveAsync(string path, int index, CancellationToken cancellationToken = default)
    {
        await using var held = await LockAsync(path, cancellationToken);
        var text = File.Exists(path) ? await File.ReadAllTextAsync(path, cancellationToken) : "";
        var entries = Parse(text, path);
        if (index < 0 || index >= entries.Count)
            throw new InputException(path, 0, $"there is no correction number {index + 1} (the file holds {entries.Count})");
        var lines = text.Split('\n').ToList();
        var first = entries[index].Line - 1;
        var end = index + 1 < entries.Count ? entries[index + 1].Line - 1 : lines.Count;
        // Trailing comment lines before the next entry belong to it; keep them.
        while (end > first + 1 && lines[end - 1].TrimStart().StartsWith('#'))
            end--;
        lines.RemoveRange(first, end - first);
        await ReplaceAsync(path, string.Join('\n', lines), cancellationToken);
        return entries[index];
    }

    private static async Task ReplaceAsync(string path, string text, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temporary = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        await File.WriteAllTextAsync(temporary, text, new UTF8Encoding(false), cancellationToken);
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>The lock file beside the corrections, held open exclusively: other processes and threads wait (up to 30 s).</summary>
    private static async Task<FileStream> LockAsync(string path, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            try
            {
                return new FileStream(path + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(20, cancellationToken);
            }
        }
    }
}
