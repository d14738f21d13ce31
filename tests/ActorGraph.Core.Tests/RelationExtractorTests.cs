using ActorGraph.Core.Extraction;
using ActorGraph.Core.Model;

namespace ActorGraph.Core.Tests;

public class RelationExtractorTests
{
    private static IReadOnlyList<ExtractedRelation> Extract(string body, string published = "2015-03-10") =>
        TestPaths.SeedLexicon.CreateExtractor()
            .Extract(DocumentReader.Parse($"A test article\nPublished: {published}\n\n{body}\n", "test.txt"))
            .Relations;

    private static string Describe(ExtractedRelation r) => $"{r.Source} -{ModelNames.Of(r.Kind)}-> {r.Target} @{r.Evidence.Date?.ToString() ?? "-"}";

    [Theory]
    [InlineData("Jaish al Islam launched an offensive against the Islamic State in eastern Ghouta last week.", "Jaysh al-Islam -attacked-> Islamic State @2015-03-03")]
    [InlineData("Hezbollah fighters have fought alongside the Syrian army in Qusayr since 2013.", "Hezbollah -allied-> Assad regime @2013")]
    [InlineData("Russian warplanes bombed positions held by Ahrar al Sham near Idlib on Monday.", "Russia -attacked-> Ahrar al Sham @2015-03-09")]
    [InlineData("The Islamic State captured Palmyra from regime forces in May 2014.", "Islamic State -attacked-> Assad regime @2014-05")]
    [InlineData("Al Nusrah Front fighters clashed with Harakat Hazm in Aleppo yesterday.", "Al Nusrah Front -rival-> Harakat Hazm @2015-03-09")]
    [InlineData("The Free Syrian Army and the YPG have formed an alliance.", "Free Syrian Army -allied-> People's Protection Units @-")]
    [InlineData("Abu Bakr al-Baghdadi, the leader of the Islamic State, called for attacks in Europe.", "Abu Bakr al-Baghdadi -affiliate-> Islamic State @-")]
    [InlineData("Al Qaeda is plotting attacks against the United States.", "al Qaeda -rival-> United States @-")]
    [InlineData("Iran-backed Hezbollah fighters entered the town of Zabadani.", "Iran -allied-> Hezbollah @-")]
    [InlineData("Harakat Hazm was routed by the Nusrah Front in early 2015.", "Al Nusrah Front -attacked-> Harakat Hazm @2015")]
    [InlineData("The Free Idlib Army attacked the Islamic State near Saraqib.", "Free Idlib Army -attacked-> Islamic State @2015-03-10")]
    [InlineData("Nusra leader Abu Mohammed al-Jolani gave a rare interview.", "Abu Mohammed al-Jolani -affiliate-> Al Nusrah Front @-")]
    [InlineData("Ahrar al Sham pledged allegiance to al Qaeda in 2013.", "Ahrar al Sham -affiliate-> al Qaeda @2013")]
    [InlineData("The Jund al-Aqsa group, an offshoot of the Nusrah Front, withdrew.", "Jund al-Aqsa -affiliate-> Al Nusrah Front @-")]
    [InlineData("Jaish al Fatah is now a rival of the Islamic State.", "Jaish al Fatah -rival-> Islamic State @-")]
    [InlineData("Clashes between the YPG and the Free Syrian Army erupted on March 2.", "People's Protection Units -rival-> Free Syrian Army @2015-03-02")]
    [InlineData("The Islamic State is being targeted by coalition jets.", "US-led coalition -attacked-> Islamic State @2015-03-10")]
    [InlineData("The Levant Front is backed by Turkey.", "Turkey -allied-> Levant Front @-")]
    [InlineData("Turkey shot down a Russian warplane near the border on Tuesday.", "Turkey -attacked-> Russia @2015-03-10")]
    [InlineData("Russia began air strikes on Sept. 30 in support of President Bashar al-Assad.", "Russia -allied-> Assad regime @2014-09-30")]
    [InlineData("Jaish al Fatah, a coalition that includes the Nusrah Front and Ahrar al Sham, took Idlib.", "Ahrar al Sham -allied-> Jaish al Fatah @-")]
    [InlineData("In January, Jabhat Fath al Sham merged with smaller factions to form Hay'at Tahrir al Sham.", "Al Nusrah Front -affiliate-> Hay'at Tahrir al Sham @2015-01")]
    [InlineData("On Feb. 26, a U.S. drone strike killed Abu al-Khayr al-Masri, al Qaeda's deputy leader, in Idlib.", "United States -attacked-> al Qaeda @2015-02-26")]
    [InlineData("The Islamic State overran Ramadi, routing Iraqi security forces.", "Islamic State -attacked-> Iraqi government @2015-03-10")]
    [InlineData("Abu Mohammed al Adnani, the Islamic State's spokesman, was killed in a coalition airstrike on Aug. 30.", "US-led coalition -attacked-> Abu Mohammed al-Adnani @2014-08-30")]
    [InlineData("Hashem al-Sheikh, a former Ahrar al Sham commander, now leads the group.", "Hashem al-Sheikh -affiliate-> Ahrar al Sham @-")]
    [InlineData("The Turkmen have been battling Syrian government forces backed by Russian air power.", "Russia -allied-> Assad regime @-")]
    [InlineData("Ankara regards the YPG as a terrorist group.", "Turkey -rival-> People's Protection Units @-")]
    [InlineData("Al Nusrah Front, designated a terrorist organization by the United States in 2012, rebranded itself.", "United States -rival-> Al Nusrah Front @2012")]
    [InlineData("The Free Syrian Army and the Islamic State fought each other near Marea last week.", "Free Syrian Army -rival-> Islamic State @2015-03-03")]
    [InlineData("The battle between the Islamic State and the YPG for Manbij lasted two months.", "Islamic State -rival-> People's Protection Units @-")]
    [InlineData("Jaish al Islam claimed responsibility for the attack on a Hezbollah convoy near Damascus.", "Jaysh al-Islam -attacked-> Hezbollah @2015-03-10")]
    [InlineData("The Syrian army captured several Islamic State-held villages east of Aleppo on March 1.", "Assad regime -attacked-> Islamic State @2015-03-01")]
    public void finds_the_relation_its_direction_and_date(string sentence, string expected) =>
        Assert.Contains(expected, Extract(sentence).Select(Describe));

    [Theory]
    [InlineData("The coalition has not struck Ahrar al Sham.")]
    [InlineData("Nusra leader Abu Mohammed al-Jolani said his group would not attack the West.")]
    [InlineData("It is a firm ally of the moderate rebels Washington keeps praising.")]
    [InlineData("Hezbollah and Iran in Syria.")]
    [InlineData("Hezbollah denied attacking the village, which is held by the Nusrah Front.")]
    [InlineData("If the YPG advances on Azaz, Turkey may strike the group.")]
    [InlineData("Russia said it would bomb the Islamic State in Palmyra.")]
    [InlineData("Jaish al Islam and Ahrar al Sham could cooperate against the regime.")]
    [InlineData("Ahrar al Sham dismissed reports that it had coordinated with the Islamic State.")]
    [InlineData("There is no evidence that Qatar funded the Nusra Front last year.")]
    [InlineData("The Houthis refused to fight alongside Hezbollah in Syria.")]
    [InlineData("Moscow warned Damascus against attacking Turkish positions in Idlib.")]
    [InlineData("Washington cautioned the SDF against cooperating with Iran.")]
    [InlineData("A faction of the Free Syrian Army defected to the Islamic State last year.")]
    [InlineData("Al-Shabaab has called on its supporters to attack Kenyan targets.")]
    public void finds_nothing_where_nothing_is_stated(string sentence) =>
        Assert.DoesNotContain(Extract(sentence), r => r.Kind is RelationKind.Attacked or RelationKind.Allied);

    [Theory]
    [InlineData("Mullah Omar's men refused to swear loyalty to IS chief Abu Bakr al-Baghdadi.", "Abu Bakr al-Baghdadi -affiliate-> Islamic State")]
    [InlineData("Jaish al Islam refused to join the Islamic State.", null)]
    public void a_refusal_unsays_its_own_verb_not_what_its_object_names(string sentence, string? expected)
    {
        var relations = Extract(sentence).Where(r => r.Kind == RelationKind.Affiliate).Select(r => $"{r.Source} -affiliate-> {r.Target}").ToList();
        Assert.Equal(expected is null ? [] : [expected], relations);
    }

    [Fact]
    public void washington_and_its_allies_bombing_a_group_is_no_alliance_with_it()
    {
        var relations = Extract("Washington and its allies have been bombing the Islamic State in Syria since September.").Select(Describe);
        Assert.Equal(["US-led coalition -attacked-> Islamic State @2014-09"], relations);
    }

    [Fact]
    public void the_subject_is_found_across_an_apposition()
    {
        var relations = Extract("Jabhat al-Nusra, al Qaeda's Syrian wing, has fought both the Islamic State and rebels.").Select(Describe);
        Assert.Contains("Al Nusrah Front -rival-> Islamic State @-", relations);
        Assert.DoesNotContain(relations, r => r.StartsWith("al Qaeda -", StringComparison.Ordinal) && !r.Contains("affiliate"));
    }

    [Fact]
    public void the_subject_of_a_which_clause_verb_is_the_clause_head()
    {
        var relations = Extract("The Kurdish YPG militia, which has worked closely with the U.S.-led coalition, drove Islamic State out of Tel Abyad last month.").Select(Describe);
        Assert.Equal(["People's Protection Units -allied-> US-led coalition @-", "People's Protection Units -attacked-> Islamic State @2015-02"], relations.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void a_negated_clause_between_commas_is_not_an_apposition()
    {
        var relations = Extract("While the US and its partners have launched bombings against the Islamic State in Iraq and Syria, the US government had not, until today, announced any strikes against Ahrar al Sham.").Select(Describe);
        Assert.Contains("United States -attacked-> Ahrar al Sham @2015-03-10", relations);
        Assert.DoesNotContain(relations, r => r.StartsWith("Islamic State -attacked->", StringComparison.Ordinal));
    }

    [Fact]
    public void strikes_in_support_of_an_actor_are_no_attack_on_it()
    {
        var relations = Extract("Russia began air strikes in Syria on Sept. 30 in support of President Bashar al-Assad.").Select(Describe);
        Assert.DoesNotContain(relations, r => r.StartsWith("Russia -attacked->", StringComparison.Ordinal));
    }

    [Fact]
    public void a_coalition_in_general_is_not_the_us_led_coalition()
    {
        var relations = Extract("A coalition of rebel groups attacked the Islamic State.").Select(Describe);
        Assert.DoesNotContain(relations, r => r.Contains("US-led coalition", StringComparison.Ordinal));
    }

    [Fact]
    public void a_trailing_reportedly_does_not_make_the_whole_sentence_a_claim()
    {
        var relation = Assert.Single(Extract("The Islamic State and the Nusrah Front remain bitter enemies, though some commanders have reportedly cooperated."));
        Assert.Equal(Attribution.Author, relation.Evidence.Attribution);
    }

    [Fact]
    public void plotting_attacks_is_a_rivalry_not_an_attack()
    {
        var relations = Extract("Al Qaeda is plotting attacks against the United States.");
        Assert.DoesNotContain(relations, r => r.Kind == RelationKind.Attacked);
    }

    [Fact]
    public void a_negated_cue_with_until_happened_on_that_date()
    {
        var relation = Assert.Single(Extract("Ahrar al Sham’s positions have not been in the coalition’s crosshairs until yesterday."));
        Assert.Equal("US-led coalition -attacked-> Ahrar al Sham @2015-03-09", Describe(relation));
    }

    [Fact]
    public void appositions_give_the_branch_relation()
    {
        var relation = Assert.Single(Extract("The Al Nusrah Front, al Qaeda’s official branch in Syria, posted photos."));
        Assert.Equal("Al Nusrah Front -affiliate-> al Qaeda @-", Describe(relation));
    }

    [Fact]
    public void long_alliances_are_background_and_undated()
    {
        var relations = Extract("Since late February, Ahrar al Sham has fought the SRF. The SRF and Jaish al Islam have long been allied against the Islamic State.");
        var allied = Assert.Single(relations, r => r.Kind == RelationKind.Allied);
        Assert.Null(allied.Evidence.Date);
        Assert.True(allied.Evidence.Background);
        Assert.Contains(relations, r => Describe(r) == "Jaysh al-Islam -rival-> Islamic State @-");
    }

    [Fact]
    public void a_turn_without_its_own_date_takes_the_date_of_its_paragraph()
    {
        var relations = Extract("Since late February, Ahrar al Sham has gone on the offensive against Harakat Hazm. But Ahrar al Sham turned on Hazm only after talks failed.");
        Assert.Contains("Ahrar al Sham -rival-> Harakat Hazm @2015-02", relations.Select(Describe));
    }

    [Fact]
    public void claims_are_attributed_to_the_party_that_makes_them()
    {
        var relation = Assert.Single(Extract("Turkey says the YPG is an offshoot of the PKK."));
        Assert.Equal(Attribution.Claim, relation.Evidence.Attribution);
        Assert.Equal("Turkey", relation.Evidence.ClaimedBy);
        Assert.Equal("People's Protection Units -affiliate-> Kurdistan Workers' Party @-", Describe(relation));
    }

    [Theory]
    [InlineData("3 Responses to “A test article”")]
    [InlineData("Comments (3)")]
    [InlineData("Leave a Reply")]
    [InlineData("Reader one says:")]
    public void text_after_any_comments_marker_is_a_reader_comment(string marker)
    {
        var relations = Extract($"The SRF held Deir Sonbol.\n\n{marker}\n\nIS and the Free Syrian Army are secretly allied.");
        var relation = Assert.Single(relations);
        Assert.Equal(Attribution.Comment, relation.Evidence.Attribution);
    }

    [Fact]
    public void reader_comments_are_never_author_statements()
    {
        var relations = Extract("The SRF held Deir Sonbol.\n\n3 Comments\n\nI think IS and AQ have patched up their grievances and are colluding against the West.");
        Assert.NotEmpty(relations);
        Assert.All(relations, r => Assert.Equal(Attribution.Comment, r.Evidence.Attribution));
    }

    [Fact]
    public void references_resolve_to_the_group_named_before()
    {
        var relations = Extract("Ahrar al Sham took the town. The group then attacked the SRF.");
        Assert.Contains("Ahrar al Sham -attacked-> Syrian Revolutionaries' Front @-", relations.Select(Describe));
    }

    [Fact]
    public void the_leaders_and_contracted_pronouns_refer_to_the_group_the_text_names_most()
    {
        var relations = Extract("Ahrar al Sham took the town. Ahrar al Sham holds it. Officials think the leaders were in cahoots with Jaish al Islam. "
            + "So they're seen as a danger, and one that is busy plotting against the Islamic State.").Select(Describe).ToList();
        Assert.Contains("Ahrar al Sham -allied-> Jaysh al-Islam @-", relations);
        Assert.Contains("Ahrar al Sham -rival-> Islamic State @-", relations);
    }

    [Fact]
    public void every_relation_explains_its_confidence()
    {
        var relation = Assert.Single(Extract("Jaish al Islam launched an offensive against the Islamic State."));
        Assert.InRange(relation.Evidence.Confidence, 0.5, 1.0);
        Assert.Contains("offensive", relation.Evidence.Explanation);
        Assert.Contains("relations.yaml line", relation.Evidence.Explanation);
    }

    [Fact]
    public void evidence_points_at_its_sentence_in_the_document()
    {
        var document = DocumentReader.Parse("T\nPublished: 2015-03-10\n\nFirst line here. Jaish al Islam launched an offensive against the Islamic State.\n", "o.txt");
        var relation = Assert.Single(TestPaths.SeedLexicon.CreateExtractor().Extract(document).Relations);
        Assert.Equal(relation.Evidence.Sentence, document.Text.Substring(relation.Evidence.SentenceStart, relation.Evidence.Sentence.Length));
    }

    [Fact]
    public void a_hard_wrapped_sentence_still_yields_its_relation()
    {
        var relation = Assert.Single(Extract("Since late February, Jaish al Islam has gone on the\noffensive against Ahrar al Sham, capturing two\nvillages."));
        Assert.Equal("Jaysh al-Islam -attacked-> Ahrar al Sham @2015-02", Describe(relation));
    }

    [Fact]
    public void relative_dates_stay_unresolved_without_a_publication_date()
    {
        var relations = TestPaths.SeedLexicon.CreateExtractor()
            .Extract(DocumentReader.Parse("T\n\nJaish al Islam launched an offensive against the Islamic State yesterday.\n", "u.txt")).Relations;
        var relation = Assert.Single(relations);
        Assert.Null(relation.Evidence.Date);
        Assert.Equal("yesterday", relation.Evidence.DateText);
    }

    [Fact]
    public void a_document_gives_at_most_the_bound_of_relations_and_says_where_it_stopped()
    {
        var body = string.Concat(Enumerable.Range(0, 20).Select(i => $"The Islamic State attacked the Free Syrian Army on day {i}.\n\n"))
            + "Hezbollah attacked the Nusra Front.";
        var result = TestPaths.SeedLexicon.CreateExtractor(new ExtractionLimits(1_000_000, 2_000, 3))
            .Extract(DocumentReader.Parse("Title\nPublished: 2015-01-01\n\n" + body, "t.txt"));
        Assert.Equal(3, result.Relations.Count);
        Assert.Contains(result.Notes, n => n.StartsWith("reading stopped at sentence", StringComparison.Ordinal));
    }
}
