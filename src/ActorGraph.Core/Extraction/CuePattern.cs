namespace ActorGraph.Core.Extraction;

/// <summary>
/// A compiled cue pattern such as <c>"{A} ... offensive against {B}"</c>.
/// Syntax: <c>{A}</c> an actor slot (determiners and quotes before it are skipped), <c>...</c> or <c>...N</c>
/// a gap of up to N tokens, <c>(x|y z)</c> alternatives, <c>[x|y]</c> optional alternatives, <c>word*</c> a
/// prefix, <c>!word</c> "not followed by word", <c>@family</c> any inflected form of a word family (see
/// <c>seed/families.yaml</c>), anything else a literal word (case-insensitive). A pattern that opens with <c>{A} ...</c> (a gap of two or more) finds its
/// first actor as the subject of the cue: the nearest actor not inside a prepositional phrase, the head of a
/// ", which ..." clause, or the subject of the first verb in "X is ... and was ...".
/// </summary>
public sealed class CuePattern
{
    internal abstract record Element;
    internal sealed record Slot(string Name) : Element;
    internal sealed record Gap(int Max) : Element;
    internal sealed record Words(string[][] Alternatives, bool Optional) : Element
    {
        /// <summary>One-word forms that came from a verb family (<c>@attack_v</c>): after an article or "air" they are nouns.</summary>
        public IReadOnlySet<string> VerbForms { get; init; } = new HashSet<string>();

        /// <summary>Alternatives by their first word, so a position is tested with one lookup however many there are.</summary>
        public Dictionary<string, string[][]> ByFirstWord { get; } = Alternatives.Where(a => !IsPrefix(a[0]))
            .GroupBy(a => a[0]).ToDictionary(g => g.Key, g => g.OrderByDescending(a => a.Length).ToArray(), StringComparer.Ordinal);

        /// <summary>Alternatives opening with a prefix such as "attack*".</summary>
        public string[][] Prefixed { get; } = Alternatives.Where(a => IsPrefix(a[0])).ToArray();
    }

    internal static bool IsPrefix(string word) => word.Length > 1 && word.EndsWith('*');
    /// <summary>No alternative may follow here: "!side", or phrases "!('s side|'s behalf)".</summary>
    internal sealed record Not(string[][] Alternatives) : Element;

    /// <summary>The widest gap a pattern may have: a cue reaches across a clause, never a whole page.</summary>
    public const int MaxGap = 40;

    public string Text { get; }
    internal IReadOnlyList<Element> Elements { get; }
    internal string[] SlotNames { get; }

    /// <summary>Literal words that must all be present for the pattern to match (a cheap pre-filter).</summary>
    internal string[] RequiredWords { get; }

    /// <summary>For each required choice of words, the first words of its alternatives: one must be present.</summary>
    internal HashSet<string>[] RequiredAny { get; }

    private CuePattern(string text, List<Element> elements)
    {
        Text = text;
        Elements = elements;
        SlotNames = elements.OfType<Slot>().Select(s => s.Name).ToArray();
        IsSubjectLed = elements.Count > 2 && elements[0] is Slot && elements[1] is Gap { Max: >= 2 };
        Opening = elements[IsSubjectLed ? 2 : 0];
        RequiredWords = elements.OfType<Words>()
            .Where(w => !w.Optional && w.Alternatives.Length == 1)
            .SelectMany(w => w.Alternatives[0]).Where(w => !IsPrefix(w)).ToArray();
        RequiredAny = elements.OfType<Words>()
            .Where(w => !w.Optional && w.Alternatives.Length > 1 && w.Prefixed.Length == 0)
            .Select(w => w.ByFirstWord.Keys.ToHashSet(StringComparer.Ordinal)).ToArray();
    }

    /// <summary>Compiles pattern text; a malformed pattern throws <see cref="FormatException"/> saying what is wrong.</summary>
    /// <param name="families">Word families (<c>@attack_v</c>) the pattern may name: every inflected form of their words.</param>
    /// <param name="minSlots">Slots the pattern must have: two for a relation, one for a merger's member or name.</param>
    public static CuePattern Parse(string text, int defaultGap, IReadOnlyDictionary<string, string[][]>? families = null, int minSlots = 2)
    {
        string[][] Alternative(string words)
        {
            var trimmed = words.Trim();
            if (!trimmed.StartsWith('@'))
                return [WordsOf(trimmed)];
            return families is not null && families.TryGetValue(trimmed[1..], out var forms) ? forms
                : throw new FormatException($"unknown word family '{trimmed}'{(families is { Count: > 0 } ? $" (known: {string.Join(", ", families.Keys.Order())})" : "")}");
        }

        // "(a|b c)" or "[a|b c]" opening at <open>: its alternatives and where it closes; errors quote from <quoted>.
        (string[][] Alternatives, int Close) Group(int open, int quoted)
        {
            var closer = text[open] == '(' ? ')' : ']';
            var close = text.IndexOf(closer, open);
            if (close < 0)
                throw new FormatException($"'{text[open]}' at column {open + 1} is never closed by '{closer}'");
            // "((a|b) c|d)" would read "(a" as a word: groups do not nest, so a nested one is refused, not misread.
            if (text.IndexOfAny(['(', '['], open + 1, close - open - 1) is var nested and >= 0)
                throw new FormatException($"'{text[nested]}' at column {nested + 1} opens a group inside another; write each alternative as its own pattern");
            var alternatives = text[(open + 1)..close].Split('|').SelectMany(Alternative).ToArray();
            if (alternatives.Any(a => a.Length == 0))
                throw new FormatException($"empty alternative in '{text[quoted..(close + 1)]}'");
            return (alternatives, close);
        }

        HashSet<string> VerbForms(string inner) => inner.Split('|').Select(w => w.Trim())
            .Where(w => w.StartsWith('@') && w.EndsWith("_v", StringComparison.Ordinal))
            .SelectMany(Alternative).Where(a => a.Length == 1).Select(a => a[0]).ToHashSet();

        var elements = new List<Element>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }
            if (c == '{')
            {
                var close = text.IndexOf('}', i);
                if (close < 0)
                    throw new FormatException($"'{{' at column {i + 1} is never closed");
                var name = text[(i + 1)..close].Trim();
                if (name.Length == 0 || !name.All(char.IsLetter))
                    throw new FormatException($"slot '{{{name}}}' must be a name of letters such as {{A}}");
                elements.Add(new Slot(name.ToUpperInvariant()));
                i = close + 1;
            }
            else if (text.AsSpan(i).StartsWith("..."))
            {
                var j = i + 3;
                while (j < text.Length && char.IsDigit(text[j]))
                    j++;
                var digits = text[(i + 3)..j];
                if (digits.Length > 0 && (digits.Length > 2 || int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture) is < 1 or > MaxGap))
                    throw new FormatException($"gap '...{digits}' at column {i + 1} must skip from 1 to {MaxGap} words");
                elements.Add(new Gap(digits.Length > 0 ? int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture) : defaultGap));
                i = j;
            }
            else if (c is '(' or '[')
            {
                var (alternatives, close) = Group(i, i);
                elements.Add(new Words(alternatives, Optional: c == '[') { VerbForms = VerbForms(text[(i + 1)..close]) });
                i = close + 1;
            }
            else if (c == '!' && i + 1 < text.Length && text[i + 1] == '(')
            {
                var (alternatives, close) = Group(i + 1, i);
                elements.Add(new Not(alternatives));
                i = close + 1;
            }
            else if (c == '!')
            {
                var j = i + 1;
                while (j < text.Length && !char.IsWhiteSpace(text[j]))
                    j++;
                if (j == i + 1)
                    throw new FormatException($"'!' at column {i + 1} must be followed by a word");
                elements.Add(new Not([[WordsOf(text[(i + 1)..j])[0]]]));
                i = j;
            }
            else if (c is ')' or ']' or '}')
            {
                throw new FormatException($"'{c}' at column {i + 1} closes nothing");
            }
            else
            {
                var j = i;
                while (j < text.Length && !char.IsWhiteSpace(text[j]) && text[j] is not ('{' or '(' or '['))
                    j++;
                elements.Add(new Words(Alternative(text[i..j]), Optional: false) { VerbForms = VerbForms(text[i..j]) });
                i = j;
            }
        }
        var slots = elements.OfType<Slot>().Select(s => s.Name).ToList();
        if (slots.Count < minSlots)
            throw new FormatException(minSlots == 1 ? "a pattern needs an actor slot such as {A}" : "a pattern needs at least two actor slots such as {A} and {B}");
        if (slots.Distinct().Count() != slots.Count)
            throw new FormatException("each slot may appear once in a pattern");
        if (!elements.OfType<Words>().Any(w => !w.Optional))
            throw new FormatException("a pattern needs at least one cue word");
        for (var k = 1; k < elements.Count; k++)
            if (elements[k] is Gap && elements[k - 1] is Gap)
                throw new FormatException("two gaps in a row");
        return new CuePattern(text, elements);
    }

    // "long-standing" is two words, as the tokenizer splits the text's "long-standing" (a hyphenated pattern word
    // kept whole matched nothing).
    private static string[] WordsOf(string text) =>
        text.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Replace('\u2019', '\'').ToLowerInvariant())
            .ToArray();

    /// <summary>
    /// True when the pattern opens with a slot followed by a gap of two or more: that slot is found as the cue's
    /// subject. "{B} ...1 chief {A}" is a compound ("IS chief Baghdadi"), read where it stands, even after "to".
    /// </summary>
    internal bool IsSubjectLed { get; }

    /// <summary>The element a match starts on: the first, or the cue's words after a subject-led pattern's slot and gap.</summary>
    internal Element Opening { get; }

    /// <summary>
    /// The opening's words when a start must be one of their first words (no optional or prefixed alternatives):
    /// <see cref="CueIndex"/> lists where those stand in a sentence, so the matcher tries no other start.
    /// </summary>
    internal Words? OpeningWords => Opening is Words { Optional: false, Prefixed.Length: 0 } words ? words : null;
}
