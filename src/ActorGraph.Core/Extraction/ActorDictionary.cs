using ActorGraph.Core.Model;
using YamlDotNet.RepresentationModel;

namespace ActorGraph.Core.Extraction;

/// <summary>
/// The actor dictionary of <c>seed/actors.yaml</c>, compiled into a token trie so that every name is
/// found in one left-to-right pass, whatever the number of aliases (longest match wins).
/// Short all-capital aliases (IS, SRF, AQ, US) match case-sensitively so they never fire on "is" or "us".
/// </summary>
public sealed class ActorDictionary
{
    private const char ExactMark = '\u0001';
    private static readonly string[] Articles = ["al", "el", "ad", "ar", "as", "ash", "an", "at"];

    private readonly TrieNode _root = new();
    private readonly List<Actor> _actors = [];
    private readonly Dictionary<string, int> _byName = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<Actor> Actors => _actors;

    /// <summary>Words that stand for an actor named before (its, their, it, they).</summary>
    public IReadOnlySet<string> Pronouns { get; private set; } = new HashSet<string>();

    /// <summary>
    /// Nouns after which a possessive pronoun stands for an actor: "its fighters" is the group, "its allies" is not.
    /// </summary>
    public IReadOnlySet<string> PossessedNouns { get; private set; } = new HashSet<string>();

    /// <summary>Phrases that refer back to a group ("the jihadist group"), as lower-case token lists.</summary>
    public IReadOnlyList<string[]> Descriptions { get; private set; } = [];

    /// <summary>How unseen organisation names are recognised.</summary>
    public DiscoveryRules Discovery { get; private set; } = DiscoveryRules.Empty;

    public static ActorDictionary Load(string path)
    {
        var yaml = YamlSource.Load(path);
        yaml.RejectUnknown(yaml.Root, "actors", "references", "discovery");
        var dictionary = new ActorDictionary();
        var list = yaml.Sequence(yaml.Root, "actors") ?? throw yaml.Error(yaml.Root, "missing list 'actors'");
        var demonyms = new List<(string Actor, IReadOnlyList<string> Words)>();
        foreach (var node in list.Children)
        {
            if (node is not YamlMappingNode entry)
                throw yaml.Error(node, "each actor must be a mapping with name, type and aliases");
            yaml.RejectUnknown(entry, "name", "type", "aliases", "demonyms", "note");
            var name = yaml.RequireString(entry, "name");
            var typeText = yaml.RequireString(entry, "type");
            if (!ModelNames.TryParseActorType(typeText, out var type))
                throw yaml.Error(yaml.Get(entry, "type")!, $"unknown actor type '{typeText}' (expected armed_group, state, coalition, person or other)");
            if (dictionary._byName.ContainsKey(name))
                throw yaml.Error(entry, $"actor '{name}' is listed twice");
            dictionary.Add(new Actor(name, type, yaml.StringList(entry, "aliases")));
            demonyms.Add((name, yaml.StringList(entry, "demonyms")));
        }
        if (yaml.Mapping(yaml.Root, "references") is { } references)
        {
            yaml.RejectUnknown(references, "pronouns", "descriptions", "force_nouns", "possessed_nouns");
            dictionary.PossessedNouns = yaml.StringList(references, "possessed_nouns").Select(p => p.ToLowerInvariant()).ToHashSet();
            dictionary.Pronouns = yaml.StringList(references, "pronouns").Select(p => p.ToLowerInvariant()).ToHashSet();
            dictionary.Descriptions = yaml.StringList(references, "descriptions")
                .Select(d => Tokenizer.Tokenize(d).Select(t => t.Norm).ToArray()).ToList();
            var forces = yaml.StringList(references, "force_nouns");
            // "Russian warplanes" names Russia: a demonym followed by a force noun.
            foreach (var (actor, words) in demonyms)
                foreach (var demonym in words)
                    foreach (var force in forces)
                        dictionary.AddAlias(actor, $"{demonym} {force}", demonym);
        }
        if (yaml.Mapping(yaml.Root, "discovery") is { } discovery)
        {
            yaml.RejectUnknown(discovery, "heads", "prefixes", "connectors", "ignore", "person_prefixes", "roles");
            dictionary.Discovery = new DiscoveryRules(
                yaml.StringList(discovery, "heads"), yaml.StringList(discovery, "prefixes"),
                yaml.StringList(discovery, "connectors"), yaml.StringList(discovery, "ignore"),
                yaml.StringList(discovery, "person_prefixes"), yaml.StringList(discovery, "roles"));
        }
        return dictionary;
    }

    /// <summary>Adds an actor and its name and aliases to the trie; later entries never shadow earlier names.</summary>
    public void Add(Actor actor)
    {
        var index = _actors.Count;
        _actors.Add(actor);
        _byName[actor.Name] = index;
        foreach (var name in actor.Aliases.Prepend(actor.Name))
            foreach (var keys in KeyVariants(name))
                Insert(keys, index);
    }

    /// <summary>
    /// Adds a matching name for a known actor without listing it among the actor's aliases. With
    /// <paramref name="mentionPart"/>, only that leading part becomes the mention: "Russian warplanes" names
    /// Russia, and "warplanes" stays a word that cue patterns can read.
    /// </summary>
    public void AddAlias(string actor, string alias, string? mentionPart = null)
    {
        var take = mentionPart is null ? 0 : Tokenizer.Tokenize(mentionPart).Count(t => !IsSkippable(t));
        foreach (var keys in KeyVariants(alias))
            Insert(keys, _byName[actor], take);
    }

    public Actor? Find(string name) => _byName.TryGetValue(name, out var i) ? _actors[i] : null;

    /// <summary>Finds the canonical actor of any alias ("Jabhat al-Nusra" gives Al Nusrah Front).</summary>
    public Actor? Resolve(string alias)
    {
        var tokens = Tokenizer.Tokenize(alias).Where(t => !IsSkippable(t)).ToList();
        return LongestMatch(tokens, 0) is { } m && m.End == tokens.Count ? _actors[m.Actor] : Find(alias);
    }

    /// <summary>The longest dictionary name starting at token <paramref name="start"/>, if any.</summary>
    internal (int End, int Actor)? LongestMatch(IReadOnlyList<Token> tokens, int start) =>
        LongestMatchWithTail(tokens, start) is { } m ? (m.End, m.Actor) : null;

    /// <summary>Like <see cref="LongestMatch"/>, with where the whole key ended ("Russian warplanes": the tail is "warplanes").</summary>
    internal (int End, int Actor, int Full)? LongestMatchWithTail(IReadOnlyList<Token> tokens, int start)
    {
        if (start >= tokens.Count || !tokens[start].IsWord)
            return null;
        (int End, int Actor, int Full)? best = null;
        Walk(_root, tokens, start, start, ref best);
        return best;
    }

    /// <summary>
    /// Follows both keys of each token: the exact one of acronyms ("US") and the folded one ("us" in
    /// "U.S.-led coalition"); a branch ends where the trie has no child for the next word.
    /// </summary>
    private static void Walk(TrieNode node, IReadOnlyList<Token> tokens, int start, int i, ref (int End, int Actor, int Full)? best)
    {
        while (i < tokens.Count && i > start && IsSkippable(tokens[i]))
            i++;
        if (i >= tokens.Count || node.Children is null)
            return;
        var token = tokens[i];
        var exact = node.Children.GetValueOrDefault(ExactMark + Tokenizer.ExactKey(token.Text));
        var folded = node.Children.GetValueOrDefault(Key(token));
        foreach (var child in exact == folded ? [exact] : new[] { exact, folded })
        {
            if (child is null)
                continue;
            if (child.Actor >= 0 && (best is null || i + 1 > best.Value.Full))
                best = (child.Take > 0 ? MentionEnd(tokens, start, child.Take) : i + 1, child.Actor, i + 1);
            Walk(child, tokens, start, i + 1, ref best);
        }
    }

    /// <summary>Every dictionary name that starts at <paramref name="start"/> and ends before <paramref name="limit"/>.</summary>
    internal IEnumerable<(int End, int Actor)> PrefixMatches(IReadOnlyList<Token> tokens, int start, int limit)
    {
        var node = _root;
        for (var i = start; i < limit; i++)
        {
            if (i > start && IsSkippable(tokens[i]))
                continue;
            var next = Step(node, tokens[i]);
            if (next is null)
                yield break;
            node = next;
            if (node.Actor >= 0 && i + 1 < limit)
                yield return (i + 1, node.Actor);
        }
    }

    // A lone apostrophe inside a name ("Revolutionaries’ Front") is not part of the key.
    private static bool IsSkippable(Token token) => !token.IsWord && token.Norm is "'";

    /// <summary>One step for prefix walks: the folded key first (long names), else the exact key of an acronym.</summary>
    private static TrieNode? Step(TrieNode node, Token token)
    {
        if (node.Children is null)
            return null;
        if (node.Children.TryGetValue(Key(token), out var folded))
            return folded;
        return node.Children.TryGetValue(ExactMark + Tokenizer.ExactKey(token.Text), out var exact) ? exact : null;
    }

    private static string Key(Token token) => token.IsWord ? Tokenizer.Fold(token.Norm) : token.Norm;

    private static IEnumerable<string[]> KeyVariants(string alias)
    {
        var tokens = Tokenizer.Tokenize(alias).Where(t => !IsSkippable(t)).ToList();
        if (tokens.Count == 0)
            yield break;
        var exact = tokens.Count == 1 && IsAcronym(tokens[0].Text);
        var keys = tokens.Select(t => exact ? ExactMark + Tokenizer.ExactKey(t.Text) : Key(t)).ToArray();
        yield return keys;
        // "al Qaeda" is also written "Qaeda"; "Jabhat al-Nusra" needs no variant.
        if (tokens.Count > 1 && Articles.Contains(keys[0]) && tokens[1].Text.Length >= 4)
            yield return keys[1..];
    }

    /// <summary>All capitals, 2 to 6 letters (dots allowed): IS, SRF, U.S., AQAP.</summary>
    internal static bool IsAcronym(string word)
    {
        var letters = Tokenizer.ExactKey(word);
        return letters.Length is >= 2 and <= 6 && letters.All(char.IsUpper);
    }

    /// <summary>The end of the first <paramref name="take"/> key tokens from <paramref name="start"/>.</summary>
    private static int MentionEnd(IReadOnlyList<Token> tokens, int start, int take)
    {
        var i = start;
        for (var counted = 0; i < tokens.Count && counted < take; i++)
            if (i == start || !IsSkippable(tokens[i]))
                counted++;
        return i;
    }

    private void Insert(string[] keys, int actor, int take = 0)
    {
        var node = _root;
        foreach (var key in keys)
        {
            node.Children ??= new Dictionary<string, TrieNode>(StringComparer.Ordinal);
            if (!node.Children.TryGetValue(key, out var child))
                node.Children[key] = child = new TrieNode();
            node = child;
        }
        if (node.Actor < 0)
        {
            node.Actor = actor;
            node.Take = take;
        }
    }

    private sealed class TrieNode
    {
        public Dictionary<string, TrieNode>? Children;
        public int Actor = -1;
        public int Take; // 0: the whole key is the mention; n: only its first n words (a demonym)
    }
}
