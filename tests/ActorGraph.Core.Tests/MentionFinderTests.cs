using ActorGraph.Core.Extraction;
using ActorGraph.Core.Model;

namespace ActorGraph.Core.Tests;

public class MentionFinderTests
{
    private static List<string> Actors(string sentence, ActorDictionary? dictionary = null)
    {
        var finder = new MentionFinder(dictionary ?? TestPaths.SeedLexicon.Actors);
        return finder.Find(Tokenizer.Tokenize(sentence)).Where(m => !m.IsReference).Select(m => m.Actor!).ToList();
    }

    [Theory]
    [InlineData("Jabhat al-Nusra and Jabhat al Nusrah are one group.", "Al Nusrah Front|Al Nusrah Front")]
    [InlineData("Al Nusrah’s fighters left.", "Al Nusrah Front")]
    [InlineData("the so-called “Khorasan Group.”", "Khorasan Group")]
    [InlineData("Islamic State in Iraq and Syria fighters", "Islamic State")]
    [InlineData("al-Qaeda in the Arabian Peninsula (AQAP) bombers", "al-Qaeda in the Arabian Peninsula")]
    [InlineData("Bashar al Assad’s regime fell back.", "Assad regime")]
    [InlineData("Russian warplanes and Turkish troops", "Russia|Turkey")]
    [InlineData("Hazzm and Hezbollah", "Harakat Hazm|Hezbollah")]
    [InlineData("the U.S.-led coalition and the US-led coalition", "US-led coalition|US-led coalition")]
    [InlineData("Washington and its allies struck.", "US-led coalition")]
    public void matches_the_longest_name_in_any_spelling(string sentence, string expected) =>
        Assert.Equal(expected, string.Join("|", Actors(sentence)));

    [Theory]
    [InlineData("ADDIS ABABA \u2014 Kenyan troops crossed the border.")]
    [InlineData("ADDIS ABABA, Ethiopia (AP) \u2014 Kenyan troops crossed the border.")]
    public void a_dateline_of_words_in_capitals_names_where_the_story_was_filed_not_a_side(string sentence) =>
        Assert.Equal(["Kenya"], Actors(sentence));

    [Fact]
    public void knows_the_daoussahak_armed_group_of_menaka() =>
        Assert.Equal(["Movement for the Salvation of Azawad", "GATIA"], Actors("The MSA patrolled Menaka with GATIA."));

    [Theory]
    [InlineData("This is what it is.")]
    [InlineData("Let us see if the surf is up.")]
    [InlineData("Aqueducts and the isis plant.")]
    public void short_acronyms_never_fire_inside_words_or_on_lower_case(string sentence) =>
        Assert.Empty(Actors(sentence));

    [Fact]
    public void short_acronyms_match_in_capitals() =>
        Assert.Equal(["Islamic State", "al Qaeda", "United States"], Actors("IS and AQ fought the U.S. there."));

    [Fact]
    public void unseen_organisation_names_become_discovered_actors()
    {
        var finder = new MentionFinder(TestPaths.SeedLexicon.Actors);
        var mentions = finder.Find(Tokenizer.Tokenize("The Free Idlib Army and Liwa al-Quds met the Special Forces."));
        Assert.Equal(["Free Idlib Army", "Liwa al-Quds"], mentions.Select(m => m.Actor));
        Assert.All(finder.Discovered, a => Assert.True(a.Discovered));
    }

    [Theory]
    [InlineData("The Justice and Construction Party won seats.", "Justice and Construction Party")]
    [InlineData("The Gambella People's Liberation Front withdrew.", "Gambella People's Liberation Front")]
    [InlineData("Abu Omar al-Shishani and Abu Bakr al-Iraqi died.", "Abu Omar al-Shishani")]
    public void a_discovered_name_keeps_and_or_a_plural_possessive_only_inside_a_group_name(string sentence, string name)
    {
        var finder = new MentionFinder(TestPaths.SeedLexicon.Actors);
        finder.Find(Tokenizer.Tokenize(sentence));
        Assert.Contains(finder.Discovered, a => a.Name == name);
        Assert.DoesNotContain(finder.Discovered, a => a.Name.Contains(" and Abu", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Abu Yahya al Masri spoke.", "Abu Yahya al Masri")]
    [InlineData("Nusra leader Hashem al-Sheikh met them.", "Hashem al-Sheikh")]
    [InlineData("Hashem al-Sheikh, a former Ahrar al Sham commander, spoke.", "Hashem al-Sheikh")]
    public void unseen_people_marked_by_a_prefix_or_a_role_become_discovered_persons(string sentence, string person)
    {
        var finder = new MentionFinder(TestPaths.SeedLexicon.Actors);
        finder.Find(Tokenizer.Tokenize(sentence));
        var actor = Assert.Single(finder.Discovered, a => a.Name == person);
        Assert.Equal(ActorType.Person, actor.Type);
    }

    [Theory]
    [InlineData("Kafr Nabl, the last bastion of the rebels, fell.")]
    [InlineData("Jabal al-Zawiya region saw fighting.")]
    public void places_are_not_people(string sentence)
    {
        var finder = new MentionFinder(TestPaths.SeedLexicon.Actors);
        finder.Find(Tokenizer.Tokenize(sentence));
        Assert.DoesNotContain(finder.Discovered, a => a.Type == ActorType.Person);
    }

    [Fact]
    public void an_acronym_defined_in_parentheses_is_remembered_for_the_document()
    {
        var finder = new MentionFinder(TestPaths.SeedLexicon.Actors);
        finder.Find(Tokenizer.Tokenize("The Northern Storm Brigade (NSB) took the crossing."));
        var later = finder.Find(Tokenizer.Tokenize("The NSB then withdrew."));
        Assert.Equal("Northern Storm Brigade", Assert.Single(later).Actor);
    }

    [Fact]
    public void a_quoted_branch_name_becomes_its_own_actor()
    {
        var finder = new MentionFinder(TestPaths.SeedLexicon.Actors);
        var mention = Assert.Single(finder.Find(Tokenizer.Tokenize("its “al-Qaeda in Iran” cell")));
        Assert.Equal("al-Qaeda in Iran", mention.Actor);
        Assert.Equal(MentionSource.Discovered, mention.Source);
    }

    [Fact]
    public void references_are_found_but_left_unresolved()
    {
        var finder = new MentionFinder(TestPaths.SeedLexicon.Actors);
        var mentions = finder.Find(Tokenizer.Tokenize("The jihadist group said its fighters held."));
        Assert.Equal([MentionSource.Description, MentionSource.Pronoun], mentions.Select(m => m.Source));
        Assert.All(mentions, m => Assert.Null(m.Actor));
    }

    [Fact]
    public void a_dictionary_of_ten_thousand_names_still_finds_every_name()
    {
        var dictionary = new ActorDictionary();
        for (var i = 0; i < 10_000; i++)
            dictionary.Add(new Actor($"Brigade Number {i}", ActorType.ArmedGroup, [$"BN{i} Group", $"Katibat {i}"]));
        dictionary.Add(new Actor("Al Nusrah Front", ActorType.ArmedGroup, ["Nusra"]));
        Assert.Equal(["Brigade Number 9999", "Brigade Number 17", "Al Nusrah Front"],
            Actors("Brigade Number 9999 fought BN17 Group and Nusra.", dictionary));
    }

    [Theory]
    [InlineData("Hizballah and Hezbollah", "Hezbollah|Hezbollah")]
    [InlineData("Qassim Suleimani met Qasem Soleimani.", "Qasem Soleimani|Qasem Soleimani")]
    [InlineData("Jamal Maruf and Jamal Maarouf", "Jamal Maarouf|Jamal Maarouf")]
    [InlineData("Jabhat a-Nusra fighters", "Al Nusrah Front")]
    [InlineData("Tanzim Huraas ad-Din", "Hurras al-Din")]
    public void transliteration_variants_match_without_being_listed(string sentence, string expected) =>
        Assert.Equal(expected, string.Join("|", Actors(sentence)));

    [Theory]
    [InlineData("Homs and Hamas")]
    [InlineData("In Jan. the group had left.")]
    public void short_words_and_mixed_case_acronyms_do_not_fold_into_other_names(string sentence) =>
        Assert.Equal(sentence.Contains("Hamas") ? ["Hamas"] : [], Actors(sentence));

    private static List<string> ActorsIn(string theatre, string sentence)
    {
        var dictionary = TestPaths.SeedLexicon.Actors;
        var finder = new MentionFinder(dictionary) { Theatre = dictionary.Theatres.ToList().IndexOf(theatre) };
        return finder.Find(Tokenizer.Tokenize(sentence)).Where(m => !m.IsReference).Select(m => m.Actor!).ToList();
    }

    [Theory]
    [InlineData("syria", "The rebels shelled government forces near the coalition base.", "Syrian opposition|Assad regime|US-led coalition")]
    [InlineData("yemen", "The rebels shelled government forces near the coalition base.", "Houthis|Hadi government|Saudi-led coalition")]
    [InlineData("somalia", "The SNA and the army patrolled.", "Somali government|Somali government")]
    [InlineData("syria", "The SNA and the army patrolled.", "Syrian National Army|Assad regime")]
    public void contextual_names_mean_the_actor_of_the_documents_theatre(string theatre, string sentence, string expected) =>
        Assert.Equal(expected, string.Join("|", ActorsIn(theatre, sentence)));

    [Fact]
    public void contextual_names_mean_nothing_where_the_theatre_is_unknown() =>
        Assert.Empty(Actors("The rebels shelled government forces near the coalition base."));

    [Theory]
    [InlineData("Rebels from Aleppo and Idlib fought near Homs.", "syria")]
    [InlineData("The Houthis hold Sanaa; the fighting in Aden goes on.", "yemen")]
    [InlineData("Clashes near Mogadishu and in Puntland left many dead.", "somalia")]
    public void a_document_is_about_the_theatre_its_places_and_actors_name_most(string text, string theatre)
    {
        var dictionary = TestPaths.SeedLexicon.Actors;
        Assert.Equal(theatre, dictionary.Theatres[dictionary.TheatreOf([Tokenizer.Tokenize(text)]).Main]);
    }
}
