namespace ActorGraph.Core.Extraction;

/// <summary>
/// The forms of one spelling of a word or mark: its text, its norm, and the keys the dictionary looks it up by
/// (folded, skeleton, exact), each made once per spelling and shared by every token that has it. A document
/// repeats its words, and the dictionary walks names from every position of a sentence.
/// </summary>
internal sealed class WordForms(string text, string norm, bool isWord)
{
    public string Text { get; } = text;

    public string Norm { get; } = norm;

    /// <summary>The folded form (<see cref="Tokenizer.Fold"/>) of a word; a mark's norm.</summary>
    public string Folded => _folded ??= isWord ? Tokenizer.Fold(Norm) : Norm;

    /// <summary>The consonant skeleton of <see cref="Folded"/> (<see cref="Tokenizer.Skeleton"/>), or null.</summary>
    public string? Skeleton
    {
        get
        {
            MakeSkeletons();
            return _skeleton;
        }
    }

    /// <summary>The three-consonant skeleton of <see cref="Folded"/> (<see cref="Tokenizer.ShortSkeleton"/>), or null.</summary>
    public string? ShortSkeleton
    {
        get
        {
            MakeSkeletons();
            return _shortSkeleton;
        }
    }

    /// <summary>Both skeletons, once per spelling: a word has one or the other, or neither.</summary>
    private void MakeSkeletons()
    {
        if (_skeletonDone)
            return;
        _skeleton = isWord ? Tokenizer.Skeleton(Folded) : null;
        _shortSkeleton = isWord && _skeleton is null ? Tokenizer.ShortSkeleton(Folded) : null;
        _skeletonDone = true;
    }

    /// <summary>The dictionary's exact key (its mark, then the text without dots).</summary>
    public string ExactKey => _exact ??= ActorDictionary.ExactMark + Tokenizer.ExactKey(Text);

    private string? _folded, _skeleton, _shortSkeleton, _exact;
    private bool _skeletonDone;
}

/// <summary>
/// The <see cref="WordForms"/> of the spellings a thread has tokenised, found by the characters of the text
/// without making a string. Per thread, so documents extracted in parallel share nothing; emptied when it
/// grows past <see cref="Capacity"/> spellings, so a long-running process holds a bounded vocabulary.
/// </summary>
internal static class WordFormsCache
{
    public const int Capacity = 50_000;

    [ThreadStatic]
    private static Dictionary<string, WordForms>? _words;

    [ThreadStatic]
    private static Dictionary<string, WordForms>? _marks;

    public static WordForms Word(ReadOnlySpan<char> text) => Find(_words ??= new(StringComparer.Ordinal), text, isWord: true);

    public static WordForms Mark(ReadOnlySpan<char> text) => Find(_marks ??= new(StringComparer.Ordinal), text, isWord: false);

    private static WordForms Find(Dictionary<string, WordForms> cache, ReadOnlySpan<char> text, bool isWord)
    {
        var lookup = cache.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(text, out var forms))
            return forms;
        if (cache.Count >= Capacity)
            cache.Clear();
        var spelling = text.ToString();
        forms = new WordForms(spelling, isWord ? Normalise(spelling) : MarkNorm(spelling), isWord);
        cache.Add(spelling, forms);
        return forms;
    }

    /// <summary>A word's norm: lower case, with a typographic apostrophe made plain.</summary>
    private static string Normalise(string word) => word.Replace('\u2019', '\'').ToLowerInvariant();

    /// <summary>A mark's norm: one form for every kind of quote and of dash.</summary>
    private static string MarkNorm(string mark) => mark[0] switch
    {
        '\u201c' or '\u201d' or '"' or '\u00ab' or '\u00bb' => "\"",
        '\u2018' or '\u2019' or '\'' or '`' => "'",
        '\u2013' or '\u2014' or '-' => "\u2014",
        _ => mark,
    };
}
