namespace ActorGraph.Core.Extraction;

/// <summary>
/// A word or punctuation mark of a sentence. <see cref="Norm"/> is lower case with quotes and apostrophes
/// unified; <see cref="AfterHyphen"/> marks the second half of "US-backed" (hyphens are not tokens).
/// </summary>
public sealed record Token(int Start, int End, string Text, string Norm, bool IsWord, bool AfterHyphen)
{
    /// <summary>True for the first half of "a-Nusra" or "al-Qaeda": the word a hyphen joins to the next.</summary>
    public bool BeforeHyphen { get; init; }

    public bool IsCapitalized => IsWord && char.IsUpper(Text[0]);
}
