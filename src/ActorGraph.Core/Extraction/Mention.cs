using ActorGraph.Core.Model;

namespace ActorGraph.Core.Extraction;

/// <summary>How a mention was recognised; references (pronouns, "the group") are resolved later, with less confidence.</summary>
public enum MentionSource
{
    Dictionary,
    Discovered,
    Pronoun,
    Description,
    /// <summary>"the operation", "the airstrike": the act last described, standing for whoever carried it out.</summary>
    Event,
}

/// <summary>
/// An actor named in a sentence, over tokens [<see cref="TokenStart"/>, <see cref="TokenEnd"/>).
/// References have no <see cref="Actor"/> of their own; their <see cref="Candidates"/> are filled in by context.
/// </summary>
public sealed record Mention(int TokenStart, int TokenEnd, string? Actor, ActorType Type, MentionSource Source, string Surface)
{
    public IReadOnlyList<string> Candidates { get; init; } = Actor is null ? [] : [Actor];

    public bool IsReference => Source is MentionSource.Pronoun or MentionSource.Description or MentionSource.Event;

    /// <summary>Words after the mention that named it with it ("warplanes" in "Russian warplanes").</summary>
    public int TailEnd { get; init; } = -1;

    /// <summary>For an act ("the attack"), true when a side fought it off ("repelled the attack"): its authors are that side's target.</summary>
    public bool FoughtOff { get; init; }

    /// <summary>True for a reference to several actors at once ("the two groups", "they").</summary>
    public bool Plural { get; init; }

    /// <summary>For a plural reference, the actors it stands for: the sides named together last.</summary>
    public IReadOnlyList<string> Members { get; init; } = [];

    /// <summary>True for a name that depends on the document's theatre ("the rebels", "government forces").</summary>
    public bool Contextual { get; init; }

    /// <summary>
    /// For a person named with a state's title ("Iraqi Prime Minister Haider al-Abadi", "US President Donald Trump"):
    /// the state, whose act or stance the person's is. Null otherwise.
    /// </summary>
    public string? ActsFor { get; init; }
}
