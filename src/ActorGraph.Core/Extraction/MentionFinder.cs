using ActorGraph.Core.Model;

namespace ActorGraph.Core.Extraction;

/// <summary>
/// Finds actor mentions in a document's sentences: dictionary names (longest match), acronyms a document
/// defines in parentheses ("Levant Front (LF)"), unseen group names (discovered actors) and references
/// (pronouns, "the jihadist group"). One instance per document: it remembers what the document defined.
/// </summary>
public sealed class MentionFinder(ActorDictionary dictionary)
{
    private readonly Dictionary<string, Actor> _localAcronyms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Actor> _discovered = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The document's theatre (see <see cref="ActorDictionary.TheatreOf"/>), for contextual aliases; -1 when unknown.</summary>
    public int Theatre { get; set; } = -1;

    /// <summary>Actors this document named that the dictionary does not know.</summary>
    public IEnumerable<Actor> Discovered => _discovered.Values;

    /// <summary>A discovered actor by name, or null.</summary>
    public Actor? FindDiscovered(string name) => _discovered.GetValueOrDefault(name);

    public List<Mention> Find(IReadOnlyList<Token> tokens)
    {
        var mentions = new List<Mention>();
        var i = 0;
        while (i < tokens.Count)
        {
            var mention = DictionaryMention(tokens, i) ?? LocalAcronym(tokens, i) ?? DiscoveredMention(tokens, i) ?? Reference(tokens, i);
            if (mention is null)
            {
                i++;
                continue;
            }
            mention = AbsorbAcronym(tokens, BranchName(tokens, mention));
            mentions.Add(mention);
            i = mention.TokenEnd;
        }
        return mentions;
    }

    private Mention? DictionaryMention(IReadOnlyList<Token> tokens, int start)
    {
        if (dictionary.LongestMatchWithTail(tokens, start, Theatre) is not { } match)
            return null;
        var actor = dictionary.Actors[match.Actor];
        return new Mention(start, match.End, actor.Name, actor.Type, MentionSource.Dictionary, Surface(tokens, start, match.End))
        {
            TailEnd = match.Full > match.End ? match.Full : -1,
        };
    }

    private Mention? LocalAcronym(IReadOnlyList<Token> tokens, int start) =>
        tokens[start].IsWord && _localAcronyms.TryGetValue(Tokenizer.ExactKey(tokens[start].Text), out var actor)
            ? new Mention(start, start + 1, actor.Name, actor.Type, MentionSource.Dictionary, tokens[start].Text)
            : null;

    /// <summary>"Syrian Revolutionaries’ Front (SRF)": the acronym joins the mention and is remembered for the document.</summary>
    private Mention AbsorbAcronym(IReadOnlyList<Token> tokens, Mention mention)
    {
        var open = mention.TokenEnd;
        if (mention.Actor is null || open + 2 >= tokens.Count || tokens[open].Norm != "(" || tokens[open + 2].Norm != ")"
            || !ActorDictionary.IsAcronym(tokens[open + 1].Text))
            return mention;
        var acronym = Tokenizer.ExactKey(tokens[open + 1].Text);
        var actor = dictionary.Find(mention.Actor) ?? _discovered.GetValueOrDefault(mention.Actor);
        if (actor is not null && dictionary.Resolve(acronym) is null)
            _localAcronyms.TryAdd(acronym, actor);
        return mention with { TokenEnd = open + 3 };
    }

    private static readonly HashSet<string> BranchNouns =
        ["wing", "branch", "affiliate", "franchise", "faction", "chapter", "province", "cell", "network", "offshoot", "arm"];

    /// <summary>
    /// "the “al-Qaeda in Iran” wing": a known group's name followed by "in" and a place names a branch of it,
    /// when quoted or followed by a word such as "wing". The branch becomes a discovered actor.
    /// </summary>
    private Mention BranchName(IReadOnlyList<Token> tokens, Mention mention)
    {
        if (mention.Source != MentionSource.Dictionary || mention.TokenEnd + 1 >= tokens.Count || tokens[mention.TokenEnd].Norm != "in")
            return mention;
        var end = mention.TokenEnd + 1;
        if (tokens[end].Norm == "the")
            end++;
        var placeStart = end;
        while (end < tokens.Count && end - placeStart < 4 && tokens[end].IsCapitalized)
            end++;
        if (end == placeStart)
            return mention;
        var quoted = mention.TokenStart > 0 && tokens[mention.TokenStart - 1].Norm == "\"" && end < tokens.Count && tokens[end].Norm == "\"";
        var next = end < tokens.Count && tokens[end].Norm == "\"" ? end + 1 : end;
        var branchWord = next < tokens.Count && BranchNouns.Contains(tokens[next].Norm);
        if (!quoted && !branchWord)
            return mention;
        var surface = Surface(tokens, mention.TokenStart, end);
        if (!_discovered.TryGetValue(surface, out var actor))
            _discovered[surface] = actor = new Actor(surface, ActorType.ArmedGroup, [], Discovered: true);
        return new Mention(mention.TokenStart, end, actor.Name, actor.Type, MentionSource.Discovered, surface);
    }

    private Mention? DiscoveredMention(IReadOnlyList<Token> tokens, int start)
    {
        var rules = dictionary.Discovery;
        if (!tokens[start].IsCapitalized || tokens[start].Norm == "the")
            return null;
        var end = start;
        var lastCapital = start;
        while (end < tokens.Count)
        {
            var token = tokens[end];
            if (end > start && dictionary.LongestMatch(tokens, end, Theatre) is not null)
                break;
            if (token.IsCapitalized && token.Norm != "'s")
                lastCapital = end;
            else if (!(token.IsWord && rules.IsConnector(token.Norm)) && !(token.Norm == "'" && end > start))
                break;
            end++;
        }
        end = lastCapital + 1;
        if (IsPersonName(tokens, start, end))
            return Discover(tokens, start, end, ActorType.Person);
        if (!rules.IsPrefix(tokens[start].Norm))
        {
            // "the Free Idlib Army and Liwa al-Quds": a name ends at its last head noun.
            while (end > start && !rules.IsHead(tokens[end - 1].Norm))
                end--;
        }
        if (end - start < 2)
            return null;
        return Discover(tokens, start, end, ActorType.ArmedGroup);
    }

    private Mention? Discover(IReadOnlyList<Token> tokens, int start, int end, ActorType type)
    {
        var surface = Surface(tokens, start, end);
        if (dictionary.Discovery.IsIgnored(surface))
            return null;
        if (!_discovered.TryGetValue(surface, out var actor))
            _discovered[surface] = actor = new Actor(surface, type, [], Discovered: true);
        return new Mention(start, end, actor.Name, actor.Type, MentionSource.Discovered, surface);
    }

    /// <summary>
    /// "Abu Mohammed al Adnani", "Nusra leader Hashem al-Sheikh", "Hashem al-Sheikh, the group's new leader":
    /// two to five capitalised words that a prefix or a role marks as a person.
    /// </summary>
    private bool IsPersonName(IReadOnlyList<Token> tokens, int start, int end)
    {
        var rules = dictionary.Discovery;
        if (end - start is < 2 or > 5 || rules.IsHead(tokens[end - 1].Norm) || rules.IsPrefix(tokens[start].Norm))
            return false;
        if (rules.IsPersonPrefix(tokens[start].Norm))
            return true;
        if (start > 0 && rules.IsRole(tokens[start - 1].Norm))
            return true;
        // An apposition naming a role: ", the group's military commander", ", a senior al Qaeda official".
        if (end + 1 < tokens.Count && tokens[end].Norm == ",")
            for (var i = end + 1; i < tokens.Count && i <= end + 6 && tokens[i].Norm != ","; i++)
                if (rules.IsRole(tokens[i].Norm))
                    return true;
        return false;
    }

    private Mention? Reference(IReadOnlyList<Token> tokens, int start)
    {
        var token = tokens[start];
        if (token.IsWord && dictionary.Pronouns.Contains(token.Norm) && StandsForActor(tokens, start))
            return new Mention(start, start + 1, null, ActorType.Other, MentionSource.Pronoun, token.Text);
        foreach (var description in dictionary.Descriptions)
        {
            if (start + description.Length > tokens.Count)
                continue;
            var matches = true;
            for (var k = 0; k < description.Length && matches; k++)
                matches = tokens[start + k].Norm == description[k];
            if (matches)
                return new Mention(start, start + description.Length, null, ActorType.ArmedGroup, MentionSource.Description,
                    Surface(tokens, start, start + description.Length));
        }
        return null;
    }

    private static readonly HashSet<string> PossessivePronouns = ["its", "their"];

    /// <summary>"it" and "they" always may; "its"/"their" only before a noun for the actor's own parts ("its fighters").</summary>
    private bool StandsForActor(IReadOnlyList<Token> tokens, int pronoun)
    {
        if (!PossessivePronouns.Contains(tokens[pronoun].Norm))
            return true;
        for (var i = pronoun + 1; i < tokens.Count && i <= pronoun + 3 && tokens[i].IsWord; i++)
            if (dictionary.PossessedNouns.Contains(tokens[i].Norm))
                return true;
        return false;
    }

    internal static string Surface(IReadOnlyList<Token> tokens, int start, int end)
    {
        var sb = new System.Text.StringBuilder();
        for (var i = start; i < end; i++)
        {
            var t = tokens[i];
            if (i > start && !t.AfterHyphen && t.Norm is not ("'s" or "'") && tokens[i - 1].End != t.Start)
                sb.Append(' ');
            else if (t.AfterHyphen)
                sb.Append('-');
            sb.Append(t.Norm is "'s" ? "'s" : t.Norm is "'" ? "'" : t.Text);
        }
        return sb.ToString();
    }
}
