using System.Collections;

namespace ActorGraph.Core.Extraction;

/// <summary>
/// A list of phrases (each its words in norm form), also found by first word: a test at every word of a sentence
/// ("is a negation, a claim verb, a hedge starting here?") looks at the few phrases that open with that word rather
/// than the whole list. Those come in the list's order, so the first that fits is the one the list puts first.
/// </summary>
public sealed class PhraseList : IReadOnlyList<string[]>
{
    public static readonly PhraseList Empty = new([]);

    private readonly string[][] _phrases;
    private readonly Dictionary<string, string[][]> _byFirstWord;

    /// <param name="phrases">Phrases of at least one word each.</param>
    public PhraseList(IEnumerable<string[]> phrases)
    {
        _phrases = phrases.ToArray();
        if (_phrases.Any(p => p.Length == 0))
            throw new ArgumentException("a phrase has at least one word", nameof(phrases));
        _byFirstWord = _phrases.GroupBy(p => p[0], StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The phrases whose first word is <paramref name="word"/>, in the list's order.</summary>
    public string[][] StartingWith(string word) => _byFirstWord.GetValueOrDefault(word, []);

    public int Count => _phrases.Length;

    public string[] this[int index] => _phrases[index];

    public IEnumerator<string[]> GetEnumerator() => ((IEnumerable<string[]>)_phrases).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
