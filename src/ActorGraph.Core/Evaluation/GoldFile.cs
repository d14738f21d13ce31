using System.Text.Json;

namespace ActorGraph.Core.Evaluation;

/// <summary>An actor a gold file names, with every spelling that may stand for it.</summary>
public sealed record GoldActor(string Name, IReadOnlyList<string> Aliases);

/// <summary>
/// A relation a gold file lists: <see cref="Dates"/> holds the acceptable dates (each a list of alternatives, "2014-10"
/// or ["2014-11-05", "2014-11-06"]); <see cref="OrKinds"/> the other kinds that also find it (fighting in general terms).
/// </summary>
public sealed record GoldRelation(string Source, string Target, string Kind, IReadOnlyList<string> OrKinds, IReadOnlyList<string>? Dates, bool Required);

/// <summary>
/// A gold annotation (<c>NAME.gold.json</c> beside <c>NAME.txt</c>): what a careful analyst would put in the graph for
/// one document, and the traps (<see cref="MustNot"/>) a careless system falls into. The format is the shared
/// annotation guidelines': document, actors, relations, must_not.
/// </summary>
public sealed record GoldFile(string Path, string Document, IReadOnlyList<GoldActor> Actors, IReadOnlyList<GoldRelation> Relations, IReadOnlyList<GoldRelation> MustNot)
{
    private static readonly HashSet<string> Kinds = ["affiliate", "rival", "attacked", "allied"];

    /// <summary>Reads a gold file; a malformed one throws <see cref="InputException"/> naming the file, line and field.</summary>
    public static GoldFile Load(string path)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(File.ReadAllText(path));
        }
        catch (JsonException e)
        {
            throw new InputException(path, (int)(e.LineNumber ?? -1) + 1, $"not valid JSON: {e.Message.Split(". ")[0]}");
        }
        catch (IOException e)
        {
            throw new InputException(path, 0, $"cannot be read: {e.Message}");
        }
        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                throw new InputException(path, 1, "a gold file is a JSON object with document, actors, relations and must_not");
            var document = Text(path, root, "document");
            var actors = Array(path, root, "actors").Select((a, i) => new GoldActor(Text(path, a, "name", $"actors[{i}]"),
                a.TryGetProperty("aliases", out var aliases) && aliases.ValueKind == JsonValueKind.Array
                    ? aliases.EnumerateArray().Select(x => x.GetString() ?? "").Where(x => x.Length > 0).ToList() : [])).ToList();
            var relations = Array(path, root, "relations").Select((r, i) => Relation(path, r, $"relations[{i}]")).ToList();
            var mustNot = root.TryGetProperty("must_not", out _)
                ? Array(path, root, "must_not").Select((r, i) => Relation(path, r, $"must_not[{i}]")).ToList() : [];
            return new GoldFile(path, System.IO.Path.GetFileName(document), actors, relations, mustNot);
        }
    }

    private static GoldRelation Relation(string path, JsonElement r, string where)
    {
        var kind = Text(path, r, "kind", where).ToLowerInvariant();
        if (!Kinds.Contains(kind))
            throw new InputException(path, 0, $"{where}.kind must be affiliate, rival, attacked or allied, not '{kind}'");
        var orKinds = r.TryGetProperty("or_kinds", out var or) && or.ValueKind == JsonValueKind.Array
            ? or.EnumerateArray().Select(k => (k.GetString() ?? "").ToLowerInvariant()).ToList() : [];
        IReadOnlyList<string>? dates = null;
        if (r.TryGetProperty("date", out var date))
            dates = date.ValueKind switch
            {
                JsonValueKind.String when date.GetString() is { Length: > 0 } d => [d],
                JsonValueKind.Array => date.EnumerateArray().Select(d => d.GetString() ?? "").Where(d => d.Length > 0).ToList(),
                _ => null,
            };
        var required = !r.TryGetProperty("required", out var req) || req.ValueKind != JsonValueKind.False;
        return new GoldRelation(Text(path, r, "source", where), Text(path, r, "target", where), kind, orKinds, dates is { Count: > 0 } ? dates : null, required);
    }

    private static string Text(string path, JsonElement e, string field, string where = "")
    {
        if (!e.TryGetProperty(field, out var value) || value.ValueKind != JsonValueKind.String || value.GetString() is not { Length: > 0 } text)
            throw new InputException(path, 0, $"{(where.Length > 0 ? where + "." : "")}{field} must be a non-empty text");
        return text;
    }

    private static IEnumerable<JsonElement> Array(string path, JsonElement e, string field)
    {
        if (!e.TryGetProperty(field, out var value) || value.ValueKind != JsonValueKind.Array)
            throw new InputException(path, 0, $"{field} must be a list");
        return value.EnumerateArray().ToList();
    }
}
