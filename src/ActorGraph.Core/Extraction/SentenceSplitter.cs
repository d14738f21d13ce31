namespace ActorGraph.Core.Extraction;

/// <summary>
/// Splits a line into sentences at ., ? and ! followed by a capital, a quote or a digit, but not after
/// abbreviations ("Sept. 22", "U.S. officials", "Gen. Allen") or initials.
/// </summary>
public static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "sen", "rep", "gov",
        "pres", "st", "jr", "sr", "vs", "etc", "no", "nos", "fig", "approx", "est", "dept", "corp", "inc", "ltd", "co",
        "u.s", "u.k", "u.n", "e.g", "i.e", "a.m", "p.m", "mt", "ft",
    };

    private static readonly HashSet<char> Closers = ['"', '\'', '\u201d', '\u2019', ')', ']'];

    public static IEnumerable<(int Start, string Text)> Split(string line)
    {
        var start = 0;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c is not ('.' or '?' or '!'))
                continue;
            var end = i + 1;
            while (end < line.Length && (Closers.Contains(line[end]) || line[end] is '.' or '?' or '!'))
                end++;
            if (end >= line.Length)
                break;
            if (!char.IsWhiteSpace(line[end]))
                continue;
            var next = end;
            while (next < line.Length && char.IsWhiteSpace(line[next]))
                next++;
            if (next >= line.Length || !StartsSentence(line[next]))
                continue;
            if (c == '.' && IsAbbreviation(line, i))
                continue;
            var text = line[start..end].Trim();
            if (text.Length > 0)
                yield return (start, text);
            start = next;
            i = next - 1;
        }
        var rest = line[start..].Trim();
        if (rest.Length > 0)
            yield return (start, rest);
    }

    /// <summary>
    /// A sentence longer than <paramref name="max"/> characters in pieces of at most that length, cut after a
    /// comma or semicolon in the piece's second half, else at a space, else hard: reading is bounded whatever the
    /// text (a 20 MB line without a full stop is 10,000 sentences, not one). Offsets are into <paramref name="text"/>.
    /// </summary>
    public static IEnumerable<(int Start, string Text)> Cut(string text, int max)
    {
        var start = 0;
        while (text.Length - start > max)
        {
            var end = start + max;
            var cut = text.LastIndexOfAny([',', ';'], end - 1, max / 2);
            if (cut < 0)
                cut = text.LastIndexOf(' ', end - 1, max / 2);
            cut = cut < 0 ? end : cut + 1;
            var piece = text[start..cut].Trim();
            if (piece.Length > 0)
                yield return (start, piece);
            start = cut;
            while (start < text.Length && char.IsWhiteSpace(text[start]))
                start++;
        }
        if (start < text.Length && text[start..].Trim() is { Length: > 0 } rest)
            yield return (start, rest);
    }

    private static bool StartsSentence(char c) =>
        char.IsUpper(c) || char.IsDigit(c) || c is '"' or '\u201c' or '\'' or '\u2018' or '(' or '[';

    private static bool IsAbbreviation(string line, int dot)
    {
        var wordStart = dot;
        while (wordStart > 0 && (char.IsLetter(line[wordStart - 1]) || line[wordStart - 1] == '.'))
            wordStart--;
        var word = line[wordStart..dot];
        if (word.Length == 0)
            return false;
        if (word.Length == 1 && char.IsUpper(word[0]))
            return true; // an initial: "Abu Bakr al-Baghdadi, a.k.a. J. Doe"
        return Abbreviations.Contains(word);
    }
}
