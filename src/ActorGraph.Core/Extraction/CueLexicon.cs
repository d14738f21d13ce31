using ActorGraph.Core.Model;
using YamlDotNet.RepresentationModel;

namespace ActorGraph.Core.Extraction;

/// <summary>
/// The relation cue lexicon of <c>seed/relations.yaml</c>: cue patterns per kind, plus the words that mark
/// negation, claims (who states a relation) and undated background statements.
/// </summary>
public sealed class CueLexicon
{
    public RelationCue[] Cues { get; private init; } = [];

    /// <summary>The cues' patterns by a word each needs (see <see cref="CueIndex"/>), made the first time it is asked for.</summary>
    internal CueIndex Index => _index ??= CueIndex.Of(Cues);

    private CueIndex? _index;
    public int Gap { get; private init; } = 12;
    public PhraseList Negations { get; private init; } = PhraseList.Empty;
    public PhraseList Hedges { get; private init; } = PhraseList.Empty;
    public PhraseList ClaimVerbs { get; private init; } = PhraseList.Empty;
    public PhraseList ClaimMarkers { get; private init; } = PhraseList.Empty;
    public PhraseList BackgroundMarkers { get; private init; } = PhraseList.Empty;

    /// <summary>Words of something told as before the story ("had", "days earlier"): such a sentence takes no carried date.</summary>
    public PhraseList EarlierMarkers { get; private init; } = PhraseList.Empty;

    /// <summary>Verbs that open an act of violence ("launched", "carried out"): with an <see cref="EventNouns"/> after them, the subject is its author.</summary>
    public IReadOnlySet<string> EventVerbs { get; private init; } = new HashSet<string>();

    /// <summary>Nouns of acts of violence ("offensive", "strikes"): the act a later "the operation" refers to.</summary>
    public IReadOnlySet<string> EventNouns { get; private init; } = new HashSet<string>();

    /// <summary>Patterns naming members of a merger ({A}, {B}): "the brigades folding into it are A, B and C".</summary>
    public IReadOnlyList<LinedPattern> MergerMembers { get; private init; } = [];

    /// <summary>Patterns naming the group a merger makes ({A}): "the joint force, dubbed the Islamic Front".</summary>
    public IReadOnlyList<LinedPattern> MergerNames { get; private init; } = [];

    /// <summary>What an act of violence hits, whoever did it ({B}): remembered for a claim in a later sentence.</summary>
    public IReadOnlyList<LinedPattern> AttackTargets { get; private init; } = [];

    /// <summary>Who claims an attack told before ({A}): "JNIM claimed the attack".</summary>
    public IReadOnlyList<LinedPattern> Claimants { get; private init; } = [];

    /// <summary>Who hits back with no target named ({A}): "the Taliban hit back in October" (at the side that attacked it last).</summary>
    public IReadOnlyList<LinedPattern> Counterblows { get; private init; } = [];

    /// <param name="families">Word families patterns may name as <c>@name</c> (from <c>families.yaml</c>).</param>
    public static CueLexicon Load(string path, IReadOnlyDictionary<string, string[][]>? families = null)
    {
        var yaml = YamlSource.Load(path);
        yaml.RejectUnknown(yaml.Root, "gap", "negations", "hedges", "claim_verbs", "claim_markers", "background", "earlier", "event_verbs", "event_nouns", "mergers", "claims", "counterblows", "cues");
        var gap = (int)(yaml.OptionalNumber(yaml.Root, "gap", 1, CuePattern.MaxGap) ?? 12);
        var cues = new List<RelationCue>();
        var list = yaml.Sequence(yaml.Root, "cues") ?? throw yaml.Error(yaml.Root, "missing list 'cues'");
        foreach (var node in list.Children)
        {
            if (node is not YamlMappingNode entry)
                throw yaml.Error(node, "each cue must be a mapping with kind and patterns");
            cues.Add(ReadCue(yaml, entry, gap, families));
        }
        var mergers = yaml.Mapping(yaml.Root, "mergers");
        if (mergers is not null)
            yaml.RejectUnknown(mergers, "members", "names");
        var claims = yaml.Mapping(yaml.Root, "claims");
        if (claims is not null)
            yaml.RejectUnknown(claims, "targets", "claimants");
        return new CueLexicon
        {
            Cues = cues.ToArray(),
            MergerMembers = mergers is null ? [] : Patterns(yaml, mergers, "members", gap, families, ["A", "B"]),
            MergerNames = mergers is null ? [] : Patterns(yaml, mergers, "names", gap, families, ["A"]),
            AttackTargets = claims is null ? [] : Patterns(yaml, claims, "targets", gap, families, ["B"]),
            Claimants = claims is null ? [] : Patterns(yaml, claims, "claimants", gap, families, ["A"]),
            Counterblows = Patterns(yaml, yaml.Root, "counterblows", gap, families, ["A"]),
            Gap = gap,
            Negations = Phrases(yaml, "negations"),
            Hedges = Phrases(yaml, "hedges"),
            ClaimVerbs = Phrases(yaml, "claim_verbs"),
            ClaimMarkers = Phrases(yaml, "claim_markers"),
            BackgroundMarkers = Phrases(yaml, "background"),
            EarlierMarkers = Phrases(yaml, "earlier"),
            EventVerbs = yaml.StringList(yaml.Root, "event_verbs").Select(v => v.ToLowerInvariant()).ToHashSet(),
            EventNouns = yaml.StringList(yaml.Root, "event_nouns").SelectMany(n => n.StartsWith('@')
                ? (families is not null && families.TryGetValue(n[1..], out var forms) ? forms.Select(f => f[^1])
                    : throw yaml.Error(yaml.Get(yaml.Root, "event_nouns")!, $"unknown word family '{n}'"))
                : [n.ToLowerInvariant()]).ToHashSet(),
        };
    }

    private static RelationCue ReadCue(YamlSource yaml, YamlMappingNode entry, int gap, IReadOnlyDictionary<string, string[][]>? families)
    {
        yaml.RejectUnknown(entry, "kind", "patterns", "yields", "confidence", "carry_date", "types", "unless", "hedged", "standing", "one_subject", "true_subject", "ended", "opening", "note");
        var kindText = yaml.RequireString(entry, "kind");
        if (!ModelNames.TryParseKind(kindText, out var kind))
            throw yaml.Error(yaml.Get(entry, "kind")!, $"unknown kind '{kindText}' (expected affiliate, rival, attacked or allied)");
        if (yaml.Sequence(entry, "patterns") is null)
            throw yaml.Error(entry, "missing list 'patterns'");
        var patterns = Patterns(yaml, entry, "patterns", gap, families, null).Select(p => p.Pattern).ToList();
        var slotNames = patterns.SelectMany(p => p.SlotNames).ToHashSet();
        var yields = new List<CueYield>();
        foreach (var y in yaml.Sequence(entry, "yields")?.Children ?? [])
        {
            var words = yaml.AsString(y, "yields").Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length != 3 || !ModelNames.TryParseKind(words[1], out var yieldKind))
                throw yaml.Error(y, $"a yield is written 'A kind B' (e.g. 'A allied B'), not '{string.Join(' ', words)}'");
            var source = words[0].ToUpperInvariant();
            var target = words[2].ToUpperInvariant();
            if (!slotNames.Contains(source) || !slotNames.Contains(target))
                throw yaml.Error(y, $"yield '{string.Join(' ', words)}' names a slot that no pattern of this cue has");
            yields.Add(new CueYield(source, yieldKind, target));
        }
        // "{A} ...4 banded together" yields "A allied A": each two of the actors a plural reference stands for.
        var reflexive = yields.Count > 0 && yields.All(y => y.Source == y.Target);
        foreach (var (p, node) in patterns.Zip(yaml.Sequence(entry, "patterns")!.Children))
            if (p.SlotNames.Length < 2 && !reflexive)
                throw yaml.Error(node, $"bad pattern \"{p.Text}\": a pattern needs at least two actor slots such as {{A}} and {{B}}, or yields such as 'A allied A' for the actors a plural ('the two groups') stands for");
        if (yields.Count == 0)
        {
            if (patterns.Any(p => !p.SlotNames.Contains("A") || !p.SlotNames.Contains("B")))
                throw yaml.Error(entry, "patterns without both {A} and {B} need a 'yields' list");
            yields.Add(new CueYield("A", kind, "B"));
        }
        var types = new Dictionary<string, IReadOnlySet<ActorType>>();
        if (yaml.Mapping(entry, "types") is { } typeMap)
        {
            foreach (var (slotNode, valueNode) in typeMap.Children)
            {
                var slot = slotNode.ToString().ToUpperInvariant();
                if (valueNode is not YamlSequenceNode seq)
                    throw yaml.Error(valueNode, $"types of slot {slot} must be a list");
                var set = new HashSet<ActorType>();
                foreach (var t in seq.Children)
                {
                    var text = yaml.AsString(t, "types");
                    if (!ModelNames.TryParseActorType(text, out var type))
                        throw yaml.Error(t, $"unknown actor type '{text}'");
                    set.Add(type);
                }
                types[slot] = set;
            }
        }
        var confidence = yaml.OptionalNumber(entry, "confidence", 0, 1) ?? 0.8;
        var carry = yaml.Get(entry, "carry_date") is null ? kind == RelationKind.Attacked : yaml.OptionalBool(entry, "carry_date");
        var unless = new PhraseList(yaml.StringList(entry, "unless").Select(u => Tokenizer.Tokenize(u).Select(t => t.Norm).ToArray()).Where(u => u.Length > 0));
        return new RelationCue(kind, patterns.ToArray(), yields, confidence, carry, types, unless, (int)entry.Start.Line) { Hedged = yaml.OptionalBool(entry, "hedged"), Standing = yaml.OptionalBool(entry, "standing"), OneSubject = yaml.OptionalBool(entry, "one_subject"), TrueSubject = yaml.OptionalBool(entry, "true_subject"), Ended = yaml.OptionalBool(entry, "ended"), Opening = yaml.OptionalBool(entry, "opening") };
    }

    /// <summary>The patterns listed under <paramref name="key"/>, each with its line; slots limited to <paramref name="slots"/> when given, the first of them required.</summary>
    private static List<LinedPattern> Patterns(YamlSource yaml, YamlMappingNode map, string key, int gap,
        IReadOnlyDictionary<string, string[][]>? families, string[]? slots)
    {
        var result = new List<LinedPattern>();
        foreach (var p in yaml.Sequence(map, key)?.Children ?? [])
        {
            var text = yaml.AsString(p, key);
            CuePattern pattern;
            try
            {
                pattern = CuePattern.Parse(text, gap, families, minSlots: 1);
            }
            catch (FormatException e)
            {
                throw yaml.Error(p, $"bad pattern \"{text}\": {e.Message}");
            }
            if (slots is not null && (!pattern.SlotNames.Contains(slots[0]) || pattern.SlotNames.Any(n => !slots.Contains(n))))
                throw yaml.Error(p, $"pattern \"{text}\" under '{key}' needs slot {{{slots[0]}}} and may only have {string.Join(", ", slots.Select(n => "{" + n + "}"))}");
            result.Add(new LinedPattern(pattern, (int)p.Start.Line));
        }
        return result;
    }

    /// <summary>Reads <c>families.yaml</c>: each family's forms as word lists ("shoot down" is two words).</summary>
    public static IReadOnlyDictionary<string, string[][]> LoadFamilies(string path)
    {
        var yaml = YamlSource.Load(path);
        yaml.RejectUnknown(yaml.Root, "families");
        var families = new Dictionary<string, string[][]>(StringComparer.Ordinal);
        var map = yaml.Mapping(yaml.Root, "families") ?? throw yaml.Error(yaml.Root, "missing mapping 'families'");
        foreach (var (name, _) in map.Children)
        {
            var key = yaml.AsString(name, "families");
            var forms = yaml.StringList(map, key);
            if (forms.Count == 0)
                throw yaml.Error(name, $"family '{key}' has no words");
            var words = forms.Select(f => f.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
            words.AddRange(words.Select(BritishSpelling).Where(w => w is not null).Cast<string[]>().ToList());
            families[key] = words.DistinctBy(w => string.Join(' ', w)).ToArray();
        }
        return families;
    }

    /// <summary>
    /// The British spelling of a form written with "-ize" ("neutralised" for "neutralized", "mobilising"), or null:
    /// WordNet, which the families come from, spells them American, and half our outlets write British.
    /// </summary>
    private static string[]? BritishSpelling(string[] form)
    {
        string[] suffixes = ["ize", "izes", "ized", "izing"];
        var changed = form.Select(w => suffixes.FirstOrDefault(x => w.Length > x.Length + 2 && w.EndsWith(x, StringComparison.Ordinal)) is { } suffix
            ? w[..^suffix.Length] + "is" + suffix[2..] : w).ToArray();
        return changed.SequenceEqual(form) ? null : changed;
    }

    // Tested at every word of every sentence: a PhraseList hands back, as an array, only the phrases opening with the word.
    private static PhraseList Phrases(YamlSource yaml, string key) =>
        new(yaml.StringList(yaml.Root, key)
            .Select(p => Tokenizer.Tokenize(p).Select(t => t.Norm).ToArray())
            .Where(p => p.Length > 0));
}

/// <summary>A compiled pattern and the line of the lexicon file it was written on (for explanations).</summary>
public sealed record LinedPattern(CuePattern Pattern, int Line);
