using ActorGraph.Core.Extraction;

namespace ActorGraph.Core.Tests;

public class TokenizerTests
{
    [Theory]
    [InlineData("Al Nusrah’s fighters", "al|nusrah|'s|fighters")]
    [InlineData("the U.S.-led coalition", "the|u.s.|led|coalition")]
    [InlineData("al-Nusra Front", "al|nusra|front")]
    [InlineData("the so-called “Khorasan Group.”", "the|so|called|\"|khorasan|group|.|\"")]
    [InlineData("Syrian Revolutionaries’ Front (SRF)", "syrian|revolutionaries|'|front|(|srf|)")]
    [InlineData("the Houthis' drones struck", "the|houthis|'s|drones|struck")]
    [InlineData("don't stop", "don't|stop")]
    public void splits_words_possessives_and_marks(string text, string expected) =>
        Assert.Equal(expected, string.Join("|", Tokenizer.Tokenize(text).Select(t => t.Norm)));

    [Fact]
    public void marks_the_word_after_a_hyphen()
    {
        var tokens = Tokenizer.Tokenize("US-backed rebels");
        Assert.False(tokens[0].AfterHyphen);
        Assert.True(tokens[1].AfterHyphen);
        Assert.False(tokens[2].AfterHyphen);
    }

    [Fact]
    public void keeps_offsets_into_the_text()
    {
        const string text = "Al Nusrah’s advance";
        var possessive = Tokenizer.Tokenize(text)[2];
        Assert.Equal("’s", text[possessive.Start..possessive.End]);
    }

    [Theory]
    [InlineData("Nusrah", "nusra")]
    [InlineData("Nusra", "nusra")]
    [InlineData("Hazzm", "hazm")]
    [InlineData("Qā'ida", "qaida")]
    [InlineData("U.S.", "us")]
    [InlineData("Maarouf", "maruf")]
    [InlineData("Maruf", "maruf")]
    public void folds_spellings_to_one_key(string word, string expected) =>
        Assert.Equal(expected, Tokenizer.Fold(word));

    [Theory]
    [InlineData("hezbola", "hzbl*")]
    [InlineData("hizbala", "hzbl*")]
    [InlineData("baghdadi", "bghd*")]
    [InlineData("baghdad", "bghd")]
    [InlineData("homs", null)]
    [InlineData("hamas", null)]
    public void a_skeleton_keeps_consonants_of_long_words_only(string folded, string? expected) =>
        Assert.Equal(expected, Tokenizer.Skeleton(folded));

    [Fact]
    public void marks_the_hyphen_after_a_possessive_on_the_possessive()
    {
        var tokens = Tokenizer.Tokenize("the Front's-backed militia");
        Assert.Equal("front|'s|backed|militia", string.Join("|", tokens.Skip(1).Select(t => t.Norm)));
        Assert.False(tokens[1].BeforeHyphen);
        Assert.True(tokens[2].BeforeHyphen);
        Assert.True(tokens[3].AfterHyphen);
    }

    [Fact]
    public void a_spelling_seen_before_gives_the_same_token_forms_and_its_own_offsets()
    {
        var first = Tokenizer.Tokenize("Hizballah fighters");
        var again = Tokenizer.Tokenize("Rebels fought Hizballah");
        Assert.Same(first[0].Text, again[2].Text);
        Assert.Equal((14, 23), (again[2].Start, again[2].End));
        Assert.Equal(("hizbala", "hzbl*", "\u0001Hizballah"), (again[2].Folded, again[2].SkeletonKey, again[2].ExactKey));
    }

    [Fact]
    public void words_read_after_the_spellings_cache_is_full_are_read_the_same()
    {
        var before = Tokenizer.Tokenize("al-Nusra’s U.S.-backed rivals").Select(t => (t.Start, t.End, t.Text, t.Norm, t.Folded, t.AfterHyphen, t.BeforeHyphen)).ToList();
        // More distinct spellings than the cache holds, so it is emptied at least once.
        Tokenizer.Tokenize(string.Join(' ', Enumerable.Range(0, WordFormsCache.Capacity + 10).Select(n => $"w{n}")));
        var after = Tokenizer.Tokenize("al-Nusra’s U.S.-backed rivals").Select(t => (t.Start, t.End, t.Text, t.Norm, t.Folded, t.AfterHyphen, t.BeforeHyphen)).ToList();
        Assert.Equal(before, after);
        Assert.Equal("al|nusra|'s|u.s.|backed|rivals", string.Join("|", after.Select(t => t.Norm)));
    }
}
