using ActorGraph.Core.Corrections;

namespace ActorGraph.Core.Tests;

/// <summary>Which sentences an analyst is offered when asserting a relation extraction missed.</summary>
public sealed class SentenceFinderTests
{
    [Theory]
    [InlineData("IS fighters attacked the town.", "IS", true)]
    [InlineData("It is not known who attacked the town.", "IS", false)]
    [InlineData("Nusra fighters withdrew.", "nusra", true)]
    [InlineData("The Nusrawi brigade withdrew.", "Nusra", false)]
    [InlineData("Bashar al Assad’s regime held the road.", "Bashar al Assad's regime", true)]
    [InlineData("Hezbollah-backed units advanced.", "Hezbollah", true)]
    public void a_name_counts_as_whole_words_and_acronyms_keep_their_case(string sentence, string name, bool names) =>
        Assert.Equal(names, SentenceFinder.NamesAny(sentence, [name]));

    [Fact]
    public void only_sentences_naming_both_actors_are_offered_with_their_offsets()
    {
        var text = "Title\n\nThe SRF fought the Islamic State near Idlib. The SRF rested.\n\nISIS shelled SRF positions.\n";
        var found = SentenceFinder.Naming(text, ["Syrian Revolutionaries' Front", "SRF"], ["Islamic State", "ISIS"]).ToList();
        Assert.Equal(["The SRF fought the Islamic State near Idlib.", "ISIS shelled SRF positions."], found.Select(f => f.Sentence).ToArray());
        Assert.All(found, f => Assert.Equal(f.Sentence, text.Substring(f.Offset, f.Sentence.Length)));
    }
}
