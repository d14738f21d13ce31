using ActorGraph.Core.Extraction;

namespace ActorGraph.Core.Tests;

public class SentenceSplitterTests
{
    [Theory]
    [InlineData("Strikes began on Sept. 22 in Syria. Nusra said nothing.", "Strikes began on Sept. 22 in Syria.|Nusra said nothing.")]
    [InlineData("U.S. officials spoke. They said more.", "U.S. officials spoke.|They said more.")]
    [InlineData("It targeted “five Khorasan Group targets.” The release continued.", "It targeted “five Khorasan Group targets.”|The release continued.")]
    [InlineData("Gen. Allen met al-Nusra defectors. Talks failed.", "Gen. Allen met al-Nusra defectors.|Talks failed.")]
    [InlineData("Was it Nusra? Yes! It was.", "Was it Nusra?|Yes!|It was.")]
    [InlineData("The attack killed 3.5 percent of them.", "The attack killed 3.5 percent of them.")]
    public void splits_at_sentence_ends_only(string line, string expected) =>
        Assert.Equal(expected, string.Join("|", SentenceSplitter.Split(line).Select(s => s.Text)));

    [Fact]
    public void reports_where_each_sentence_starts()
    {
        const string line = "One here. Two there.";
        var second = SentenceSplitter.Split(line).Last();
        Assert.Equal("Two there.", line[second.Start..(second.Start + second.Text.Length)]);
    }

    [Fact]
    public void a_sentence_over_the_bound_is_cut_into_pieces_at_commas_or_spaces_with_true_offsets()
    {
        var text = string.Concat(Enumerable.Repeat("Nusra fighters attacked a checkpoint near Idlib, ", 100)) + "and withdrew";
        var pieces = SentenceSplitter.Cut(text, 200).ToList();
        Assert.True(pieces.Count > 20);
        Assert.All(pieces, p => Assert.True(p.Text.Length <= 200));
        Assert.All(pieces, p => Assert.StartsWith(p.Text, text[p.Start..], StringComparison.Ordinal));
        Assert.All(pieces.SkipLast(1), p => Assert.EndsWith(",", p.Text, StringComparison.Ordinal));
        Assert.Equal([(0, "short sentence")], SentenceSplitter.Cut("short sentence", 200));
        Assert.All(SentenceSplitter.Cut(new string('x', 1000), 300), p => Assert.True(p.Text.Length <= 300));
    }
}
