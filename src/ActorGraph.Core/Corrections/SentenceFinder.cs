using ActorGraph.Core.Extraction;

namespace ActorGraph.Core.Corrections;

/// <summary>
/// The sentences of a document that name two actors (any of their names), where an analyst looks for a relation
/// extraction missed before asserting it on one of them.
/// </summary>
public static class SentenceFinder
{
    public static IEnumerable<(int Offset, string Sentence)> Naming(string text, IReadOnlyCollection<string> first, IReadOnlyCollection<string> second)
    {
        foreach (var segment in DocumentSegmenter.Split(text, 0))
        {
            if (segment.Kind is SegmentKind.FileName or SegmentKind.Metadata)
                continue;
            foreach (var (offset, sentence) in SentenceSplitter.Split(segment.Text))
                if (NamesAny(sentence, first) && NamesAny(sentence, second))
                    yield return (segment.Start + offset, sentence);
        }
    }

    /// <summary>True when a name stands in the sentence as whole words: case ignored, except for acronyms ("IS" is not "is").</summary>
    public static bool NamesAny(string sentence, IEnumerable<string> names)
    {
        sentence = sentence.Replace('\u2019', '\''); // "Assad’s" as the dictionary writes it
        foreach (var name in names.Where(n => n.Length >= 2))
        {
            var acronym = name.Length <= 5 && name.All(c => !char.IsLetter(c) || char.IsUpper(c));
            var comparison = acronym ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
            for (var at = sentence.IndexOf(name, comparison); at >= 0; at = sentence.IndexOf(name, at + 1, comparison))
            {
                var before = at == 0 || !char.IsLetterOrDigit(sentence[at - 1]);
                var end = at + name.Length;
                var after = end == sentence.Length || !char.IsLetterOrDigit(sentence[end]);
                if (before && after)
                    return true;
            }
        }
        return false;
    }
}
