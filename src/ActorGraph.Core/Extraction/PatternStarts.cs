namespace ActorGraph.Core.Extraction;

/// <summary>
/// Where each candidate pattern may start in one reading of a sentence, found in one pass over its units: a pattern
/// opening on words starts only where one of their first words stands, one opening on a slot only where a name (or a
/// word a slot skips) stands. Trying every pattern at every unit, to turn most starts away on their first word, was a
/// tenth of extraction. Working space of one thread (see <see cref="Of"/>), filled again for each reading.
/// </summary>
internal sealed class PatternStarts(CueIndex index)
{
    [ThreadStatic]
    private static PatternStarts? t_starts;

    /// <summary>This thread's working space for <paramref name="index"/> (made once per thread and lexicon).</summary>
    public static PatternStarts Of(CueIndex index) =>
        t_starts is { } starts && ReferenceEquals(starts._index, index) ? starts : t_starts = new PatternStarts(index);

    private readonly CueIndex _index = index;
    private readonly List<int>?[] _byPattern = new List<int>?[index.Patterns.Length];
    private readonly bool[] _candidate = new bool[index.Patterns.Length];
    private readonly List<int> _filled = [];
    private readonly List<int> _slotStarts = [];

    /// <summary>Finds the starts of <paramref name="candidates"/> (indexes into the index's patterns) in <paramref name="units"/>.</summary>
    public void Fill(List<Unit> units, List<int> candidates)
    {
        foreach (var pattern in _filled)
            _byPattern[pattern]!.Clear();
        _filled.Clear();
        _slotStarts.Clear();
        foreach (var pattern in candidates)
            _candidate[pattern] = true;
        for (var i = 0; i < units.Count; i++)
        {
            if (PatternMatcher.MaySlotStart(units[i]))
                _slotStarts.Add(i);
            if (_index.Openers.TryGetValue(units[i].Norm, out var opened))
                foreach (var pattern in opened)
                    if (_candidate[pattern])
                    {
                        var starts = _byPattern[pattern] ??= [];
                        if (starts.Count == 0)
                            _filled.Add(pattern);
                        starts.Add(i);
                    }
        }
        foreach (var pattern in candidates)
            _candidate[pattern] = false;
    }

    /// <summary>The units a match of candidate <paramref name="pattern"/> may start at, in order; null when any may.</summary>
    public IReadOnlyList<int>? For(int pattern)
    {
        var opening = _index.Patterns[pattern].Pattern;
        if (opening.OpeningWords is not null)
            return _byPattern[pattern] is { } starts ? starts : [];
        return opening.Opening is CuePattern.Slot ? _slotStarts : null;
    }
}
