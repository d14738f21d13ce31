using System.Globalization;
using System.Text;

namespace ActorGraph.Core.Extraction;

/// <summary>
/// Splits text into words and punctuation. Possessive "'s" becomes its own token ("Nusrah’s" gives
/// "Nusrah", "'s"); "U.S." stays one word; hyphenated words split ("al-Nusra" gives "al", "Nusra").
/// </summary>
public static class Tokenizer
{
    public static List<Token> Tokenize(string text)
    {
        // About one token in five characters of news prose: presized, the list is rarely copied as it grows.
        var tokens = new List<Token>(text.Length / 5 + 4);
        var i = 0;
        var afterHyphen = false;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                afterHyphen = false;
                i++;
                continue;
            }
            if (IsWordChar(c))
            {
                var start = i;
                i = ScanWord(text, i);
                i = AddWord(tokens, text, start, i, afterHyphen);
                afterHyphen = false;
                // A hyphen joining two words is not a token; it marks the next word.
                if (tokens[^1].BeforeHyphen)
                {
                    afterHyphen = true;
                    i++;
                }
                continue;
            }
            tokens.Add(new Token(i, i + 1, WordFormsCache.Mark(text.AsSpan(i, 1)), false, false, false));
            afterHyphen = false;
            i++;
        }
        return tokens;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    private static int ScanWord(string text, int i)
    {
        while (i < text.Length)
        {
            var c = text[i];
            if (IsWordChar(c))
            {
                i++;
                continue;
            }
            // "1,500 soldiers", "2.5 million": a separator inside a number belongs to it; so does a clock's colon ("10:32 p.m.").
            if (c == ':' && i > 0 && char.IsDigit(text[i - 1]) && i + 2 < text.Length && char.IsDigit(text[i + 1]) && char.IsDigit(text[i + 2])
                && (i + 3 >= text.Length || !char.IsDigit(text[i + 3])))
            {
                i++;
                continue;
            }
            if (c is ',' or '.' && i > 0 && char.IsDigit(text[i - 1]) && i + 1 < text.Length && char.IsDigit(text[i + 1])
                && (c == '.' || (i + 3 < text.Length && char.IsDigit(text[i + 2]) && char.IsDigit(text[i + 3]) && (i + 4 >= text.Length || !char.IsDigit(text[i + 4])))))
            {
                i++;
                continue;
            }
            // "U.S." and "a.m.": a dot between single letters belongs to the word.
            if (c == '.' && i + 1 < text.Length && char.IsLetter(text[i + 1])
                && (i + 2 >= text.Length || !char.IsLetter(text[i + 2])) && (i < 2 || !char.IsLetter(text[i - 2])))
            {
                i += 2;
                if (i < text.Length && text[i] == '.')
                    i++;
                continue;
            }
            // "don't", "Sa'id" keep their apostrophe; possessive "'s" does not.
            if (IsApostrophe(c) && i + 1 < text.Length && char.IsLetter(text[i + 1]))
            {
                var isPossessive = (text[i + 1] is 's' or 'S') && (i + 2 >= text.Length || !char.IsLetter(text[i + 2]));
                if (isPossessive)
                    return i;
                i++;
                continue;
            }
            break;
        }
        return i;
    }

    /// <summary>Adds the word and a possessive "'s" after it; returns where reading goes on.</summary>
    private static int AddWord(List<Token> tokens, string text, int start, int end, bool afterHyphen)
    {
        var possessive = end + 1 < text.Length && IsApostrophe(text[end]) && text[end + 1] is 's' or 'S'
            && (end + 2 >= text.Length || !char.IsLetter(text[end + 2]));
        var next = possessive ? end + 2 : end;
        var beforeHyphen = next + 1 < text.Length && text[next] == '-' && IsWordChar(text[next + 1]);
        // "the Courts' youth wing", "the Houthis' drones": a plural's possessive apostrophe before a common noun reads as
        // "'s" (before a capital it is part of a name: "the Syrian Revolutionaries' Front").
        var pluralPossessive = !possessive && end + 1 < text.Length && text[end - 1] is 's' && IsApostrophe(text[end])
            && char.IsWhiteSpace(text[end + 1]) && end + 2 < text.Length && char.IsLower(text[end + 2]) && !QuoteOpenedBefore(text, start);
        if (pluralPossessive)
            next = end + 1;
        tokens.Add(new Token(start, end, WordFormsCache.Word(text.AsSpan(start, end - start)), true, afterHyphen, beforeHyphen && !possessive));
        if (possessive)
            tokens.Add(new Token(end, end + 2, WordFormsCache.Word(text.AsSpan(end, 2)), true, false, beforeHyphen));
        else if (pluralPossessive)
            tokens.Add(new Token(end, end + 1, "'", "'s", true, false));
        return next;
    }

    /// <summary>True when a single quote opens earlier in the sentence's text and is still open at <paramref name="at"/>.</summary>
    private static bool QuoteOpenedBefore(string text, int at)
    {
        var open = false;
        for (var k = Math.Max(0, at - 200); k < at; k++)
            if (text[k] is '\'' or '\u2018' && (k == 0 || !char.IsLetter(text[k - 1])))
                open = true;
            else if (text[k] is '\'' or '\u2019' && k > 0 && char.IsLetter(text[k - 1]) && (k + 1 >= text.Length || !char.IsLetter(text[k + 1])))
                open = false;
        return open;
    }

    /// <summary>
    /// The key names are matched on: lower case, no diacritics or dots, doubled letters single, "ou" as "u", a
    /// final "h" after a vowel dropped, a final "ence" as "ense", so "Nusrah" = "Nusra", "Hazzm" = "Hazm", "Maarouf" =
    /// "Maruf" and "Defence" = "Defense".
    /// </summary>
    public static string Fold(string word)
    {
        // Called for every word looked up in the dictionary: no allocation but the result, and none of the
        // Unicode decomposition for plain ASCII words (most of them).
        var source = System.Text.Ascii.IsValid(word) ? word : word.Normalize(NormalizationForm.FormD);
        Span<char> folded = source.Length <= 256 ? stackalloc char[source.Length] : new char[source.Length];
        var length = 0;
        foreach (var ch in source)
        {
            if (ch is '.' or '\'' or '\u2019' or '\u02bf' or '\u02be' || (ch > 127 && char.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark))
                continue;
            var lower = char.ToLowerInvariant(ch);
            if (length > 0 && folded[length - 1] == lower && char.IsLetter(lower))
                continue;
            folded[length++] = lower;
        }
        if (length > 3 && folded[length - 1] == 'h' && folded[length - 2] is 'a' or 'e' or 'i' or 'o' or 'u')
            length--;
        // Transliterations write one Arabic vowel as "ou" or "u" ("Maarouf", "Maruf").
        var kept = 0;
        for (var i = 0; i < length; i++)
            if (!(folded[i] == 'o' && i + 1 < length && folded[i + 1] == 'u'))
                folded[kept++] = folded[i];
        // British and American spellings: "Self-Defence Group", "Self-Defense Group".
        if (kept > 4 && folded[kept - 1] == 'e' && folded[kept - 2] == 'c' && folded[kept - 3] == 'n' && folded[kept - 4] == 'e')
            folded[kept - 2] = 's';
        var result = folded[..kept];
        return result.SequenceEqual(word) ? word : new string(result);
    }

    /// <summary>
    /// A folded word's consonants (its first letter kept, "*" for a final vowel), when it has at least four:
    /// transliterations of one Arabic or Persian name mostly differ in their vowels ("Hezbollah", "Hizballah";
    /// "Soleimani", "Suleimani"; "Mohammed", "Muhammad"). Shorter words return null: their skeletons collide
    /// ("Homs" and "Hamas").
    /// </summary>
    public static string? Skeleton(string folded) => SkeletonOf(folded, 4);

    /// <summary>
    /// The skeleton of a word with three consonants ("Zenki", "Zinki"), marked apart from <see cref="Skeleton"/>'s keys;
    /// null for a word that has one of those, or fewer consonants. Used only past the first word of a longer name, whose
    /// other words keep it from colliding.
    /// </summary>
    public static string? ShortSkeleton(string folded) =>
        SkeletonOf(folded, 3) is { } skeleton && skeleton.TrimEnd('*').Length == 3 ? ShortSkeletonMark + skeleton : null;

    /// <summary>Opens a <see cref="ShortSkeleton"/> key.</summary>
    public const char ShortSkeletonMark = '~';

    private static string? SkeletonOf(string folded, int consonants)
    {
        if (folded.Length < consonants)
            return null;
        Span<char> skeleton = folded.Length < 256 ? stackalloc char[folded.Length + 1] : new char[folded.Length + 1];
        var length = 0;
        skeleton[length++] = folded[0];
        for (var i = 1; i < folded.Length; i++)
        {
            var c = folded[i];
            if (!char.IsLetter(c))
                return null;
            if (IsVowel(c) || skeleton[length - 1] == c)
                continue;
            skeleton[length++] = c;
        }
        if (length < consonants)
            return null;
        if (IsVowel(folded[^1]))
            skeleton[length++] = '*';
        return new string(skeleton[..length]);
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    /// <summary>The case-sensitive key of acronyms: the word without dots ("U.S." gives "US").</summary>
    public static string ExactKey(string word) => word.Replace(".", "");
}
