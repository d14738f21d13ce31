using ActorGraph.Core.Extraction;

namespace ActorGraph.Core.Tests;

public sealed class PhraseListTests
{
    [Fact]
    public void phrases_are_found_by_their_first_word_in_the_order_of_the_list()
    {
        var phrases = new PhraseList([["did", "not"], ["denied"], ["did", "never"], ["not"], ["did", "not", "yet"]]);

        Assert.Equal([["did", "not"], ["did", "never"], ["did", "not", "yet"]], phrases.StartingWith("did"));
        Assert.Equal([["denied"]], phrases.StartingWith("denied"));
        Assert.Empty(phrases.StartingWith("never"));
        Assert.Equal(5, phrases.Count);
        Assert.Equal(["not"], phrases[3]);
    }

    [Fact]
    public void a_phrase_without_words_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new PhraseList([["said"], []]));
    }
}
