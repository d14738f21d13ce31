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

    /// <summary>A token of the tokenizer: its text's forms shared with every token of the same spelling.</summary>
    internal Token(int start, int end, WordForms forms, bool isWord, bool afterHyphen, bool beforeHyphen)
        : this(start, end, forms.Text, forms.Norm, isWord, afterHyphen)
    {
        _forms = forms;
        BeforeHyphen = beforeHyphen;
    }

    /// <summary>
    /// The word's folded form (<see cref="Tokenizer.Fold"/>), made once per spelling: the dictionary walks names
    /// from every position of a sentence and asked for it (a new string each time) at every step.
    /// </summary>
    internal string Folded => Forms.Folded;

    /// <summary>The consonant skeleton of <see cref="Folded"/> (<see cref="Tokenizer.Skeleton"/>), or null; made once per spelling.</summary>
    internal string? SkeletonKey => Forms.Skeleton;

    /// <summary>The three-consonant skeleton of <see cref="Folded"/> (<see cref="Tokenizer.ShortSkeleton"/>), or null.</summary>
    internal string? ShortSkeletonKey => Forms.ShortSkeleton;

    /// <summary>The dictionary's exact key of the word (its mark, then the word without dots), made once per spelling.</summary>
    internal string ExactKey => Forms.ExactKey;

    // A token made by hand (tests) has its forms made on first use.
    private WordForms Forms => _forms ??= new WordForms(Text, Norm, IsWord);

    private WordForms? _forms;

    // What is cached above is made from the other fields: equality is theirs alone.
    public bool Equals(Token? other) =>
        other is not null && Start == other.Start && End == other.End && Text == other.Text && Norm == other.Norm && IsWord == other.IsWord
        && AfterHyphen == other.AfterHyphen && BeforeHyphen == other.BeforeHyphen;

    public override int GetHashCode() => HashCode.Combine(Start, End, Text, Norm, IsWord, AfterHyphen, BeforeHyphen);
}
