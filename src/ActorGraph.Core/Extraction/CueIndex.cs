namespace ActorGraph.Core.Extraction;

/// <summary>
/// The cue patterns by a word each needs, so that a sentence is tried only against the patterns whose word it
/// holds: looking up every pattern's required words in every reading of every sentence was a quarter of extraction.
/// </summary>
internal sealed class CueIndex
{
    private readonly Dictionary<string, int[]> _byWord;
    private readonly int[] _always;

    private CueIndex((RelationCue Cue, CuePattern Pattern)[] patterns, Dictionary<string, int[]> byWord, int[] always)
    {
        Patterns = patterns;
        _byWord = byWord;
        _always = always;
    }

    /// <summary>Every pattern of every cue, in the order of the file (the order cues are tried in).</summary>
    public (RelationCue Cue, CuePattern Pattern)[] Patterns { get; }

    public static CueIndex Of(IEnumerable<RelationCue> cues)
    {
        var patterns = cues.SelectMany(c => c.Patterns.Select(p => (c, p))).ToArray();
        var byWord = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var always = new List<int>();
        for (var i = 0; i < patterns.Length; i++)
        {
            var pattern = patterns[i].p;
            // One word the pattern cannot match without (the longest, most likely the rarest), else one word of its
            // smallest choice of words; a pattern needing neither is tried on every sentence.
            IEnumerable<string> keys = pattern.RequiredWords.Length > 0 ? [pattern.RequiredWords.MaxBy(w => w.Length)!]
                : pattern.RequiredAny.Length > 0 ? pattern.RequiredAny.MinBy(set => set.Count)! : [];
            var any = false;
            foreach (var key in keys)
            {
                (byWord.TryGetValue(key, out var list) ? list : byWord[key] = []).Add(i);
                any = true;
            }
            if (!any)
                always.Add(i);
        }
        return new CueIndex(patterns, byWord.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal), always.ToArray());
    }

    /// <summary>
    /// Fills <paramref name="into"/> with the patterns (indexes into <see cref="Patterns"/>, in order) that may match
    /// a sentence made of <paramref name="words"/>; every other pattern lacks a word it needs.
    /// </summary>
    public void Candidates(HashSet<string> words, List<int> into)
    {
        into.Clear();
        into.AddRange(_always);
        foreach (var word in words)
            if (_byWord.TryGetValue(word, out var found))
                into.AddRange(found);
        into.Sort();
        // A pattern listed under several words of its choice appears once.
        var kept = 0;
        for (var i = 0; i < into.Count; i++)
            if (kept == 0 || into[kept - 1] != into[i])
                into[kept++] = into[i];
        into.RemoveRange(kept, into.Count - kept);
    }
}
