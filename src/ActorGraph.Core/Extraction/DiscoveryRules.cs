namespace ActorGraph.Core.Extraction;

/// <summary>
/// How names of groups missing from the dictionary are spotted: a run of capitalised words (joined by
/// connectors such as "al", "of") that ends in a head noun ("Front", "Brigade") or starts with a prefix
/// ("Jaish", "Liwa"). Names in <see cref="Ignore"/> are never actors.
/// </summary>
/// People are spotted the same way: a capitalised name opening with a person prefix ("Abu", "Sheikh"), after a
/// role word ("Nusra leader ..."), or followed by an apposition naming a role (", the group's military commander").
public sealed record DiscoveryRules(
    IReadOnlyList<string> Heads, IReadOnlyList<string> Prefixes, IReadOnlyList<string> Connectors, IReadOnlyList<string> Ignore,
    IReadOnlyList<string> PersonPrefixes, IReadOnlyList<string> Roles)
{
    public static readonly DiscoveryRules Empty = new([], [], [], [], [], []);

    private readonly HashSet<string> _personPrefixes = PersonPrefixes.Select(h => h.ToLowerInvariant()).ToHashSet();
    private readonly HashSet<string> _roles = Roles.Select(h => h.ToLowerInvariant()).ToHashSet();

    public bool IsPersonPrefix(string norm) => _personPrefixes.Contains(norm);
    public bool IsRole(string norm) => _roles.Contains(norm);

    private readonly HashSet<string> _heads = Heads.Select(h => h.ToLowerInvariant()).ToHashSet();
    private readonly HashSet<string> _prefixes = Prefixes.Select(h => h.ToLowerInvariant()).ToHashSet();
    private readonly HashSet<string> _connectors = Connectors.Select(h => h.ToLowerInvariant()).ToHashSet();
    private readonly HashSet<string> _ignore = Ignore.Select(h => h.ToLowerInvariant()).ToHashSet();

    public bool IsHead(string norm) => _heads.Contains(norm);
    public bool IsPrefix(string norm) => _prefixes.Contains(norm);
    public bool IsConnector(string norm) => _connectors.Contains(norm);
    public bool IsIgnored(string name) => _ignore.Contains(name.ToLowerInvariant());
}
