namespace ActorGraph.Core.Extraction;

/// <summary>One way a pattern fits a sentence: slot name to unit index, the units it spans, and how the subject was found.</summary>
internal sealed record CueMatch(CuePattern Pattern, IReadOnlyDictionary<string, int> Slots, int Start, int End, string? SubjectNote)
{
    /// <summary>Actors joined to a slot by "and" or a list ("the SRF and its leader, Jamal Maarouf").</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<int>> Coordinated { get; init; } = new Dictionary<string, IReadOnlyList<int>>();
}
