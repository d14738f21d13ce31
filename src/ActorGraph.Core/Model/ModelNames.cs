namespace ActorGraph.Core.Model;

/// <summary>The snake_case names that enums take in files, the CLI and JSON (<c>armed_group</c>, <c>attacked</c>).</summary>
public static class ModelNames
{
    public static string Of(ActorType type) => type switch
    {
        ActorType.ArmedGroup => "armed_group",
        _ => type.ToString().ToLowerInvariant(),
    };

    public static string Of(RelationKind kind) => kind.ToString().ToLowerInvariant();

    public static string Of(Attribution attribution) => attribution.ToString().ToLowerInvariant();

    public static string Of(DatePrecision precision) => precision.ToString().ToLowerInvariant();

    /// <summary>
    /// A relation's identity in stores, exports, corrections and the API: <c>source|kind|target</c>
    /// (rival and allied ends in name order, as the caller gives them).
    /// </summary>
    public static string RelationKey(string source, RelationKind kind, string target) => $"{source}|{Of(kind)}|{target}";

    public static bool TryParseActorType(string? text, out ActorType type) =>
        Enum.TryParse((text ?? "").Replace("_", ""), ignoreCase: true, out type) && Enum.IsDefined(type) && !int.TryParse(text, out _);

    public static bool TryParseKind(string? text, out RelationKind kind) =>
        Enum.TryParse(text ?? "", ignoreCase: true, out kind) && Enum.IsDefined(kind) && !int.TryParse(text, out _);

    public static bool TryParsePrecision(string? text, out DatePrecision precision) =>
        Enum.TryParse(text ?? "", ignoreCase: true, out precision) && Enum.IsDefined(precision) && !int.TryParse(text, out _);

    public static bool TryParseAttribution(string? text, out Attribution attribution) =>
        Enum.TryParse(text ?? "", ignoreCase: true, out attribution) && Enum.IsDefined(attribution) && !int.TryParse(text, out _);
}
