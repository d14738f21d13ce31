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
}
