using YamlDotNet.RepresentationModel;

namespace ActorGraph.Core.Extraction;

/// <summary>Reads a YAML data file and turns every shape error into an <see cref="InputException"/> with its line.</summary>
internal sealed class YamlSource(string path, YamlMappingNode root)
{
    public string Path { get; } = path;
    public YamlMappingNode Root { get; } = root;

    public static YamlSource Load(string path)
    {
        if (!File.Exists(path))
            throw new InputException(path, 0, "file not found");
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (IOException e)
        {
            throw new InputException(path, 0, $"cannot be read: {e.Message}");
        }
        var stream = YamlText.Load(text, path);
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode map)
            throw new InputException(path, 1, "expected a mapping at the top of the file");
        return new YamlSource(path, map);
    }

    public InputException Error(YamlNode node, string problem) => new(Path, (int)node.Start.Line, problem);

    public YamlNode? Get(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;

    public string RequireString(YamlMappingNode map, string key)
    {
        var node = Get(map, key) ?? throw Error(map, $"missing field '{key}'");
        return AsString(node, key);
    }

    public string? OptionalString(YamlMappingNode map, string key) =>
        Get(map, key) is { } node ? AsString(node, key) : null;

    public string AsString(YamlNode node, string field) =>
        node is YamlScalarNode { Value: { Length: > 0 } value } ? value
            : throw Error(node, $"field '{field}' must be a non-empty text value");

    public IReadOnlyList<string> StringList(YamlMappingNode map, string key)
    {
        var node = Get(map, key);
        return node switch
        {
            null => [],
            YamlSequenceNode seq => seq.Children.Select(c => AsString(c, key)).ToList(),
            _ => throw Error(node, $"field '{key}' must be a list"),
        };
    }

    public YamlSequenceNode? Sequence(YamlMappingNode map, string key) => Get(map, key) switch
    {
        null => null,
        YamlSequenceNode seq => seq,
        var other => throw Error(other, $"field '{key}' must be a list"),
    };

    public YamlMappingNode? Mapping(YamlMappingNode map, string key) => Get(map, key) switch
    {
        null => null,
        YamlMappingNode m => m,
        var other => throw Error(other, $"field '{key}' must be a mapping"),
    };

    public double? OptionalNumber(YamlMappingNode map, string key, double min, double max)
    {
        if (Get(map, key) is not { } node)
            return null;
        var text = AsString(node, key);
        if (!double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value)
            || value < min || value > max)
            throw Error(node, $"field '{key}' must be a number from {min} to {max}, not '{text}'");
        return value;
    }

    public bool OptionalBool(YamlMappingNode map, string key)
    {
        if (Get(map, key) is not { } node)
            return false;
        var text = AsString(node, key);
        return text.ToLowerInvariant() switch
        {
            "true" or "yes" => true,
            "false" or "no" => false,
            _ => throw Error(node, $"field '{key}' must be true or false, not '{text}'"),
        };
    }

    public void RejectUnknown(YamlMappingNode map, params string[] known)
    {
        foreach (var key in map.Children.Keys)
            if (!known.Contains(key.ToString()))
                throw Error(key, $"unknown field '{key}' (expected one of: {string.Join(", ", known)})");
    }
}
