namespace ActorGraph.Core.Extraction;

/// <summary>
/// Which cue patterns a sentence can match, worked out from its words at once: each pattern needs some words
/// (all of its fixed words, one word of each choice of words), and the index lists, for every such word, the
/// patterns and needs it meets. Testing every pattern's needs against every reading of every sentence was a third
/// of extraction.
/// </summary>
internal sealed class CueIndex
{
    private readonly Dictionary<string, (int Pattern, ulong Need)[]> _byWord;
    private readonly ulong[] _allNeeds;
    private readonly int[] _always;
    [ThreadStatic] private static ulong[]? t_met; // the needs each pattern met so far; see Candidates

    private CueIndex((RelationCue Cue, CuePattern Pattern)[] patterns, Dictionary<string, (int, ulong)[]> byWord, ulong[] allNeeds, int[] always,
        Dictionary<string, int[]> openers)
    {
        Patterns = patterns;
        _byWord = byWord;
        _allNeeds = allNeeds;
        _always = always;
        Openers = openers;
    }

    /// <summary>For each word, the patterns a match of which may start on it (see <see cref="CuePattern.OpeningWords"/>).</summary>
    internal Dictionary<string, int[]> Openers { get; }

    /// <summary>Every pattern of every cue, in the order of the file (the order cues are tried in).</summary>
    public (RelationCue Cue, CuePattern Pattern)[] Patterns { get; }

    public static CueIndex Of(IEnumerable<RelationCue> cues)
    {
        var patterns = cues.SelectMany(c => c.Patterns.Select(p => (c, p))).ToArray();
        var byWord = new Dictionary<string, List<(int, ulong)>>(StringComparer.Ordinal);
        var allNeeds = new ulong[patterns.Length];
        var always = new List<int>();
        var openers = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        void Add(string word, int pattern, ulong need) =>
            (byWord.TryGetValue(word, out var list) ? list : byWord[word] = []).Add((pattern, need));
        for (var i = 0; i < patterns.Length; i++)
        {
            var pattern = patterns[i].p;
            var needs = pattern.RequiredWords.Distinct(StringComparer.Ordinal).Select(w => (IEnumerable<string>)[w]).Concat(pattern.RequiredAny).Take(64).ToList();
            for (var n = 0; n < needs.Count; n++)
                foreach (var word in needs[n])
                    Add(word, i, 1UL << n);
            allNeeds[i] = needs.Count == 64 ? ulong.MaxValue : (1UL << needs.Count) - 1;
            if (needs.Count == 0)
                always.Add(i);
            foreach (var word in pattern.OpeningWords?.ByFirstWord.Keys ?? Enumerable.Empty<string>())
                (openers.TryGetValue(word, out var list) ? list : openers[word] = []).Add(i);
        }
        return new CueIndex(patterns, byWord.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal), allNeeds, always.ToArray(),
            openers.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal));
    }

    /// <summary>
    /// Fills <paramref name="into"/> with the patterns (indexes into <see cref="Patterns"/>, in order) whose every need
    /// a sentence made of <paramref name="words"/> meets; every other pattern lacks a word it needs.
    /// </summary>
    public void Candidates(HashSet<string> words, List<int> into)
    {
        // Left all zero by each call (every pattern touched is reset below), so a thread's calls share it.
        var met = t_met is { } reused && reused.Length >= _allNeeds.Length ? reused : t_met = new ulong[_allNeeds.Length];
        into.Clear();
        foreach (var word in words)
            if (_byWord.TryGetValue(word, out var found))
                foreach (var (pattern, need) in found)
                {
                    if (met[pattern] == 0)
                        into.Add(pattern);
                    met[pattern] |= need;
                }
        var kept = 0;
        for (var i = 0; i < into.Count; i++)
        {
            var pattern = into[i];
            if (met[pattern] == _allNeeds[pattern])
                into[kept++] = pattern;
            met[pattern] = 0;
        }
        into.RemoveRange(kept, into.Count - kept);
        into.AddRange(_always);
        into.Sort();
    }
}
