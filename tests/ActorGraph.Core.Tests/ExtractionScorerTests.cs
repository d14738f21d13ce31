using ActorGraph.Core.Evaluation;

namespace ActorGraph.Core.Tests;

/// <summary>The scoring rules of the annotation guidelines, on gold files and predictions made up for each rule.</summary>
public sealed class ExtractionScorerTests : IDisposable
{
    private readonly TempFolder _folder = TestPaths.NewTempFolder();

    public void Dispose() => _folder.Dispose();

    private GoldFile Gold(string relations, string mustNot = "[]", string name = "a.txt") => GoldFile.Load(_folder.File(name + ".gold.json", $$"""
        {"document": "{{name}}", "published": "2016-01-01",
         "actors": [{"name": "Alpha Front", "aliases": ["Alpha", "the Alphas"]}, {"name": "Beta Brigade", "aliases": ["Beta"]},
                    {"name": "Gamma State", "aliases": ["Gamma"]}],
         "relations": {{relations}}, "must_not": {{mustNot}}}
        """));

    private static ScoredPrediction P(string source, string kind, string target, string? date = null, string attribution = "author", string document = "a.txt") =>
        new(document, source, target, kind, date, attribution);

    [Fact]
    public void names_match_by_alias_case_dots_hyphens_and_a_leading_the_or_al()
    {
        var gold = Gold("""[{"source": "Alpha Front", "target": "Beta Brigade", "kind": "attacked", "evidence": "x"}]""");
        var result = ExtractionScorer.Score([gold], [P("the ALPHAS", "attacked", "al-Beta")]);
        Assert.Equal((1, 0, 0), (result.Hits, result.Misses, result.Extras));
    }

    [Fact]
    public void rival_and_allied_match_either_way_affiliate_and_attacked_only_as_written()
    {
        var gold = Gold("""
            [{"source": "Alpha Front", "target": "Beta Brigade", "kind": "rival", "evidence": "x"},
             {"source": "Alpha Front", "target": "Gamma State", "kind": "attacked", "evidence": "x"}]
            """);
        var result = ExtractionScorer.Score([gold], [P("Beta", "rival", "Alpha"), P("Gamma", "attacked", "Alpha")]);
        Assert.Equal((1, 1, 1), (result.Hits, result.Misses, result.Extras));
    }

    [Fact]
    public void fighting_in_general_terms_is_found_as_rival_or_as_an_attack_written_that_way()
    {
        var gold = Gold("""[{"source": "Alpha Front", "target": "Beta Brigade", "kind": "rival", "or_kinds": ["attacked"], "evidence": "x"}]""");
        Assert.Equal(1, ExtractionScorer.Score([gold], [P("Alpha", "attacked", "Beta")]).Hits);
        Assert.Equal(1, ExtractionScorer.Score([gold], [P("Alpha", "rival", "Beta")]).Hits);
        Assert.Equal(0, ExtractionScorer.Score([gold], [P("Beta", "attacked", "Alpha")]).Hits);
    }

    [Fact]
    public void optional_relations_are_neither_found_nor_missed()
    {
        var gold = Gold("""[{"source": "Alpha Front", "target": "Beta Brigade", "kind": "allied", "required": false, "evidence": "x"}]""");
        var found = ExtractionScorer.Score([gold], [P("Alpha", "allied", "Beta")]);
        var missed = ExtractionScorer.Score([gold], []);
        Assert.Equal((0, 0, 0, 1), (found.Hits, found.Misses, found.Extras, found.Documents[0].OptionalHits.Count));
        Assert.Equal((0, 0), (missed.Misses, missed.Required));
    }

    [Fact]
    public void comments_do_not_count_and_unknown_actors_count_against_precision()
    {
        var gold = Gold("""[{"source": "Alpha Front", "target": "Beta Brigade", "kind": "attacked", "evidence": "x"}]""");
        var result = ExtractionScorer.Score([gold], [P("Alpha", "attacked", "Beta", attribution: "comment"), P("Alpha", "attacked", "Delta Army")]);
        Assert.Equal((0, 1, 1, 1), (result.Hits, result.Misses, result.Extras, result.Unresolved));
    }

    [Fact]
    public void a_must_not_relation_predicted_is_a_violation()
    {
        var gold = Gold("[]", """[{"source": "Gamma State", "target": "Beta Brigade", "kind": "allied", "why": "negated"}]""");
        Assert.Equal(1, ExtractionScorer.Score([gold], [P("Beta", "allied", "Gamma")]).Violations);
    }

    [Fact]
    public void a_gold_date_matches_a_prediction_that_starts_with_it_or_with_one_of_its_alternatives()
    {
        var gold = Gold("""
            [{"source": "Alpha Front", "target": "Beta Brigade", "kind": "attacked", "date": "2015-10", "evidence": "x"},
             {"source": "Gamma State", "target": "Beta Brigade", "kind": "attacked", "date": ["2015-11-05", "2015-11-06"], "evidence": "y"},
             {"source": "Gamma State", "target": "Alpha Front", "kind": "attacked", "date": "2015", "evidence": "z"}]
            """);
        var result = ExtractionScorer.Score([gold], [P("Alpha", "attacked", "Beta", "2015-10-28"), P("Gamma", "attacked", "Beta", "2015-11-06"), P("Gamma", "attacked", "Alpha", "2014")]);
        Assert.Equal((3, 3, 2), (result.Dated, result.GoldDates, result.DatedHit));
    }

    [Fact]
    public void an_alias_list_names_actors_and_folds_one_into_another()
    {
        var gold = Gold("""[{"source": "Gamma State", "target": "Beta Brigade", "kind": "attacked", "evidence": "x"}]""");
        var aliases = new ExtractionScorer.AliasList(
            new Dictionary<string, IReadOnlyList<string>> { ["Gamma Coalition"] = ["the Gamma-led coalition"] },
            new Dictionary<string, string> { ["Gamma State"] = "Gamma Coalition" });
        var result = ExtractionScorer.Score([gold], [P("the Gamma-led coalition", "attacked", "Beta")], aliases);
        Assert.Equal((1, 0, 0), (result.Hits, result.Extras, result.Unresolved));
    }

    [Fact]
    public void a_documents_own_aliases_come_before_other_files()
    {
        var own = Gold("""[{"source": "Alpha Front", "target": "Beta Brigade", "kind": "attacked", "evidence": "x"}]""");
        var other = GoldFile.Load(_folder.File("b.txt.gold.json", """
            {"document": "b.txt", "actors": [{"name": "Other Alpha", "aliases": ["Alpha"]}, {"name": "Beta Brigade"}], "relations": [], "must_not": []}
            """));
        Assert.Equal(1, ExtractionScorer.Score([own, other], [P("Alpha", "attacked", "Beta")]).Hits);
    }

    [Theory]
    [InlineData("{", "not valid JSON")]
    [InlineData("""{"document": "a.txt", "actors": [], "relations": [{"source": "A", "target": "B", "kind": "hates", "evidence": "x"}]}""", "relations[0].kind")]
    [InlineData("""{"document": "a.txt", "actors": {}, "relations": []}""", "actors must be a list")]
    public void a_malformed_gold_file_names_what_is_wrong(string text, string problem)
    {
        var e = Assert.Throws<InputException>(() => GoldFile.Load(_folder.File("bad.gold.json", text)));
        Assert.Contains(problem, e.Message);
    }
}
