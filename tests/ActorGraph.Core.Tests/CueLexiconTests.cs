using ActorGraph.Core.Extraction;

namespace ActorGraph.Core.Tests;

public class CueLexiconTests
{
    [Theory]
    [InlineData("cues:\n  - kind: friendly\n    patterns: [\"{A} likes {B}\"]\n", 2, "unknown kind 'friendly'")]
    [InlineData("cues:\n  - kind: allied\n    patterns:\n      - \"{A} likes (B\"\n", 4, "never closed")]
    [InlineData("cues:\n  - kind: allied\n    patterns: [\"{A} likes\"]\n", 3, "two actor slots")]
    [InlineData("cues:\n  - kind: allied\n    patterns:\n      - \"{A} ((likes|loves) much|adores) {B}\"\n", 4, "inside another")]
    [InlineData("cues:\n  - kind: allied\n    patterns: [\"{A} likes {B}\"]\n    confidence: 7\n", 4, "confidence")]
    [InlineData("cues:\n  - kind: allied\n    patern: [\"{A} likes {B}\"]\n", 3, "unknown field 'patern'")]
    [InlineData("cues:\n  - kind: allied\n    patterns: [\"{A} likes {B}\"]\n    yields: [\"A loves B\"]\n", 4, "yield")]
    [InlineData("cues: [\n", 0, "not valid YAML")]
    [InlineData("negations: [not, never\ncues:\n  - kind: allied\n    patterns: [\"{A} likes {B}\"]\n", 1, "unclosed")]
    [InlineData("cues:\n  - kind: allied\n    patterns: [\"{A} ...99999999999 likes {B}\"]\n", 3, "must skip from 1 to 40 words")]
    [InlineData("cues:\n  - kind: allied\n    patterns: [\"{A} ...41 likes {B}\"]\n", 3, "must skip from 1 to 40 words")]
    [InlineData("negations: [not]*x\ncues: []\n", 1, "an alias (*name) or a value stands where none may")]
    [InlineData("mergers:\n  members:\n    - \"groups merging were\"\ncues: []\n", 3, "needs an actor slot")]
    [InlineData("mergers:\n  names:\n    - \"{A} merged into {B}\"\ncues: []\n", 3, "may only have {A}")]
    [InlineData("mergers:\n  memebers: []\ncues: []\n", 2, "unknown field 'memebers'")]
    public void a_malformed_lexicon_names_file_line_and_problem(string yaml, int line, string problem)
    {
        using var folder = TestPaths.NewTempFolder();
        var path = folder.File("relations.yaml", yaml);
        var e = Assert.Throws<InputException>(() => CueLexicon.Load(path));
        Assert.Equal(path, e.File);
        if (line > 0)
            Assert.Equal(line, e.Line);
        Assert.Contains(problem, e.Message);
    }

    [Fact]
    public void a_malformed_actor_dictionary_names_file_line_and_problem()
    {
        using var folder = TestPaths.NewTempFolder();
        var path = folder.File("actors.yaml", "actors:\n  - name: Nusra\n    type: army\n    aliases: [JN]\n");
        var e = Assert.Throws<InputException>(() => ActorDictionary.Load(path));
        Assert.Equal(3, e.Line);
        Assert.Contains("unknown actor type 'army'", e.Message);
    }

    [Theory]
    [InlineData("relations.yaml")]
    [InlineData("actors.yaml")]
    public void a_dictionary_nested_sixty_thousand_deep_is_refused_not_a_stack_overflow(string file)
    {
        using var folder = TestPaths.NewTempFolder();
        var path = folder.File(file, "cues: " + new string('[', 60_000) + new string(']', 60_000) + "\n");
        var e = Assert.Throws<InputException>(() => { if (file == "actors.yaml") ActorDictionary.Load(path); else CueLexicon.Load(path); });
        Assert.Equal((path, 1), (e.File, e.Line));
        Assert.Contains("more than 32 levels deep", e.Message);
    }

    [Theory]
    [InlineData("actors:\n  - name: Nusra Front\n    type: armed_group\n    aliases: [JN]\n  - name: Jaish al Nusra\n    type: armed_group\n    aliases: [JN]\n",
        7, "'JN' names both 'Nusra Front' (line 4) and 'Jaish al Nusra'")]
    [InlineData("actors:\n  - name: Nusra Front\n    type: armed_group\n  - name: Jaish al Nusra\n    type: armed_group\n    aliases: [Nusra Front]\n",
        6, "'Nusra Front' names both 'Nusra Front' (line 2)")]
    [InlineData("actors:\n  - name: Nusra Front\n    type: armed_group\n    aliases: [a]\n", 4, "too short")]
    [InlineData("theatres:\n  syria: [Aleppo]\nactors:\n  - name: Nusra Front\n    type: armed_group\n    theatres: [yemen]\n", 6, "unknown theatre 'yemen'")]
    [InlineData("actors:\n  - name: Nusra Front\n    type: armed_group\n    contextual: [the rebels]\n", 4, "no 'theatres'")]
    [InlineData("actors:\n  - name: Nusra Front\n    type: armed_group\n    group: al Qaeda\n", 4, "only a person has a 'group'")]
    [InlineData("actors:\n  - name: Abu Omar\n    type: person\n    group: Jund al-Aqsa\n", 4, "the group 'Jund al-Aqsa' of 'Abu Omar' is not an actor of the file")]
    [InlineData("actors:\n  - name: Nusra Front\n    type: armed_group\n    of_states: true\n", 4, "only a coalition is one 'of_states'")]
    [InlineData("actors:\n  - name: Houthis\n    type: armed_group\n    cities: [Sanaa]\n", 4, "only a state has 'cities'")]
    [InlineData("actors:\n  - name: Taliban\n    type: armed_group\n    succeeds: {actor: Afghan Republic, from: 2021-09-07}\n", 4,
        "'Taliban' succeeds 'Afghan Republic', which is not an actor of the file")]
    [InlineData("actors:\n  - name: Afghanistan\n    type: state\n  - name: Taliban\n    type: armed_group\n    succeeds: {actor: Afghanistan, from: soon}\n", 6,
        "'from' of the succession of 'Taliban' must be a date")]
    [InlineData("actors:\n  - name: AMISOM\n    type: coalition\n    of_states: maybe\n", 4, "field 'of_states' must be true or false")]
    [InlineData("actors:\n  - name: Nusra Front\n    type: armed_group\n    ideology: salafi\n", 4, "unknown ideology 'salafi' of 'Nusra Front' (expected jihadist or islamist)")]
    [InlineData("theatres:\n  libya: [Tripoli]\nactors:\n  - name: Gaddafi\n    type: person\n    theatres: [libya]\n    contextual_until: 2012\n    contextual: [the government]\n  - name: GNA\n    type: state\n    theatres: [libya]\n    contextual_from: 2012\n    contextual: [the government]\n",
        13, "'the government' names both 'Gaddafi' (line 8) and 'GNA' in theatre 'libya' in the same years")]
    [InlineData("theatres:\n  libya: [Tripoli]\nactors:\n  - name: GNA\n    type: state\n    theatres: [libya]\n    contextual_from: 2016-13\n    contextual: [the government]\n", 7, "'contextual_from' of 'GNA' must be a date")]
    [InlineData("theatres:\n  libya: [Tripoli]\nactors:\n  - name: GNA\n    type: state\n    theatres: [libya]\n    contextual_from: 2016\n    contextual_until: 2015\n    contextual: [the government]\n", 8, "until before it is from")]
    [InlineData("theatres:\n  libya: [Tripoli]\nactors:\n  - name: GNA\n    type: state\n    theatres: [libya]\n    contextual_from: 2016\n", 7, "no contextual aliases for it to bound")]
    [InlineData("theatres:\n  libya: [Tripoli]\n  sudan: [Khartoum]\nactors:\n  - name: GNA\n    type: state\n    theatres: [libya]\n    contextual_theatres: [sudan]\n    contextual: [the government]\n",
        8, "contextual theatre 'sudan' of 'GNA' is not one of its 'theatres'")]
    public void an_alias_names_one_actor_and_the_file_says_where_it_does_not(string yaml, int line, string problem)
    {
        using var folder = TestPaths.NewTempFolder();
        var path = folder.File("actors.yaml", yaml);
        var e = Assert.Throws<InputException>(() => ActorDictionary.Load(path));
        Assert.Equal(line, e.Line);
        Assert.Contains(problem, e.Message);
    }

    [Fact]
    public void a_contextual_name_may_hold_in_some_of_an_actors_theatres_only()
    {
        using var folder = TestPaths.NewTempFolder();
        // Without contextual_theatres, 'the army' would name both states in the Somali theatre: the file would not load.
        var path = folder.File("actors.yaml", "theatres:\n  somalia: [Mogadishu, Baidoa]\n  ethiopia: [Mekelle, Tigray]\nactors:\n"
            + "  - name: Somali government\n    type: state\n    theatres: [somalia]\n    contextual: [the army]\n"
            + "  - name: Ethiopia\n    type: state\n    theatres: [ethiopia, somalia]\n    contextual_theatres: [ethiopia]\n    contextual: [the army]\n");
        var dictionary = ActorDictionary.Load(path);
        string? Named(string places) => new MentionFinder(dictionary) { Theatres = dictionary.TheatreOf([Tokenizer.Tokenize(places)]) }
            .Find(Tokenizer.Tokenize("Fighting broke out after the army withdrew.")).FirstOrDefault(m => m.Contextual)?.Actor;
        Assert.Equal("Somali government", Named("Mogadishu Baidoa"));
        Assert.Equal("Ethiopia", Named("Mekelle Tigray"));
    }

    [Fact]
    public void one_contextual_name_may_mean_different_actors_in_different_years()
    {
        using var folder = TestPaths.NewTempFolder();
        var path = folder.File("actors.yaml", "theatres:\n  libya: [Tripoli, Brega]\nactors:\n"
            + "  - name: GNA\n    type: state\n    theatres: [libya]\n    contextual_from: 2016\n    contextual: [government forces]\n"
            + "  - name: Gaddafi\n    type: person\n    theatres: [libya]\n    contextual_until: 2011-10\n    contextual: [government forces]\n");
        var dictionary = ActorDictionary.Load(path);
        string? Named(string text, int year)
        {
            var finder = new MentionFinder(dictionary) { Theatres = dictionary.TheatreOf([Tokenizer.Tokenize("Tripoli Brega")]).Dated(new DateOnly(year, 6, 1)) };
            return finder.Find(Tokenizer.Tokenize(text)).FirstOrDefault(m => m.Contextual)?.Actor;
        }
        Assert.Equal("Gaddafi", Named("Government forces shelled Brega.", 2011));
        Assert.Null(Named("Government forces shelled Brega.", 2014));
        Assert.Equal("GNA", Named("Government forces shelled Brega.", 2019));
    }

    [Fact]
    public async Task an_adversarial_cue_on_a_long_sentence_ends_because_failed_positions_are_remembered()
    {
        // Without memory this backtracks through every way to fill six 40-word gaps (over 60 s); with it, each
        // (element, position) fails once.
        var pattern = CuePattern.Parse("{A} attacked ...40 [x] ...40 [x] ...40 [x] ...40 [x] ...40 [x] ...40 zzz {B}", 12);
        var sentence = "Hezbollah attacked " + string.Join(' ', Enumerable.Repeat("x the", 60)) + " Nusra Front.";
        var tokens = Tokenizer.Tokenize(sentence);
        var units = Unit.Build(tokens, new MentionFinder(TestPaths.SeedLexicon.Actors).Find(tokens));
        var matches = await Task.Run(() => PatternMatcher.Match(pattern, units, units.Select(u => u.Norm).ToHashSet()).ToList())
            .WaitAsync(TimeSpan.FromSeconds(30)); // a TimeoutException here means the matcher backtracks without memory
        Assert.Empty(matches);
    }

    [Theory]
    [InlineData("Hezbollah fighters, backed by Iran, clashed with the Nusra Front near Arsal on Monday.")]
    [InlineData("The Islamic State, which broke with al Qaeda in 2014, has been at war with the Taliban since 2015.")]
    [InlineData("Turkey, a NATO member, launched Operation Olive Branch against the YPG and pledged support for the SNA.")]
    [InlineData("Al-Shabaab, al Qaeda's branch in Somalia, was driven out of Mogadishu by AMISOM troops.")]
    public void a_sentence_is_tried_against_every_pattern_that_can_match_it_in_file_order(string sentence)
    {
        var lexicon = TestPaths.SeedLexicon.Cues;
        var tokens = Tokenizer.Tokenize(sentence);
        var units = Unit.Build(tokens, new MentionFinder(TestPaths.SeedLexicon.Actors).Find(tokens));
        var words = units.Select(u => u.Norm).ToHashSet(StringComparer.Ordinal);
        var candidates = new List<int>();
        lexicon.Index.Candidates(words, candidates);
        // The thread's working space is left clean: asked again, after another sentence, the index gives the same.
        lexicon.Index.Candidates(["the", "army", "attacked", "and", "fought", "against", "by"], new List<int>());
        var again = new List<int>();
        lexicon.Index.Candidates(words, again);
        Assert.Equal(candidates, again);

        var matching = Enumerable.Range(0, lexicon.Index.Patterns.Length)
            .Where(i => PatternMatcher.Match(lexicon.Index.Patterns[i].Pattern, units, words).Any()).ToList();
        Assert.NotEmpty(matching);
        Assert.Empty(matching.Except(candidates)); // no pattern that matches is left out
        // and each candidate holds every word it needs (what the matcher's own check would turn away, it is never given)
        Assert.All(candidates, i => Assert.True(lexicon.Index.Patterns[i].Pattern.RequiredWords.All(words.Contains)
            && lexicon.Index.Patterns[i].Pattern.RequiredAny.All(any => any.Overlaps(words))));
        Assert.Equal(candidates.Order(), candidates); // tried in the file's order, each once
        Assert.Equal(candidates.Distinct(), candidates);
        Assert.True(candidates.Count < lexicon.Index.Patterns.Length / 4, $"{candidates.Count} of {lexicon.Index.Patterns.Length} tried");
        Assert.Equal(lexicon.Cues.Sum(c => c.Patterns.Length), lexicon.Index.Patterns.Length);
    }

    [Fact]
    public void the_seed_lexicon_loads_and_covers_every_kind()
    {
        var kinds = TestPaths.SeedLexicon.Cues.Cues.Select(c => c.Kind).Distinct().Order();
        Assert.Equal([Model.RelationKind.Affiliate, Model.RelationKind.Rival, Model.RelationKind.Attacked, Model.RelationKind.Allied], kinds);
        Assert.True(TestPaths.SeedLexicon.Actors.Actors.Count >= 200, "the dictionary covers the main armed actors of the wars of 2001-2024");
    }

    [Fact]
    public void a_user_added_cue_takes_effect_without_code_changes()
    {
        using var folder = TestPaths.NewTempFolder();
        File.Copy(Path.Combine(TestPaths.SeedFolder, Lexicon.ActorsFile), Path.Combine(folder.Path, Lexicon.ActorsFile));
        folder.File(Lexicon.CuesFile, "cues:\n  - kind: allied\n    patterns: [\"{A} ... shook hands with {B}\"]\n");
        var extractor = Lexicon.Load(folder.Path).CreateExtractor();
        var result = extractor.Extract(DocumentReader.Parse("T\n\nHezbollah warmly shook hands with Iran.\n", "x.txt"));
        var relation = Assert.Single(result.Relations);
        Assert.Equal(("Hezbollah", Model.RelationKind.Allied, "Iran"), (relation.Source, relation.Kind, relation.Target));
    }
}
