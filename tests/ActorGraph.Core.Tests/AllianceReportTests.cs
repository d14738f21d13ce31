using System.Text.Json;
using System.Xml.Linq;
using ActorGraph.Core.Extraction;
using ActorGraph.Core.Reports;
using ActorGraph.Core.Storage;
using ActorGraph.Core.Storage.Sqlite;

namespace ActorGraph.Core.Tests;

/// <summary>Alliance reports on the seed and on the synthetic documents of examples/documents.</summary>
public sealed class AllianceReportTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);
    private readonly TempFolder _folder = TestPaths.NewTempFolder();

    public void Dispose() => _folder.Dispose();

    private static string Documents(string week) => Path.Combine(TestPaths.RepositoryRoot, "examples", "documents", week);

    private async Task<IReadOnlyList<StoredRelation>> LoadAsync(params string[] paths)
    {
        await using var store = new SqliteGraphStore(Path.Combine(_folder.Path, $"{Guid.NewGuid():N}.db"));
        await store.InitializeAsync();
        var summary = await new GraphLoader(store, TestPaths.SeedLexicon).LoadFilesAsync(DocumentFiles.Expand(paths));
        Assert.Empty(summary.Skipped);
        return await store.GetRelationsAsync();
    }

    private static IEnumerable<string> Describe(AllianceReport report) =>
        report.Changes.Select(c => $"{c.Type}: {c.A} / {c.B}: {c.Before} -> {c.After} @{c.Date}");

    [Fact]
    public async Task a_document_with_no_date_at_all_places_its_stance_at_the_start_of_time()
    {
        // No publication line and no date in the sentence: the stance model once stepped a day before DateOnly.MinValue.
        var file = Path.Combine(_folder.Path, "undated.txt");
        await File.WriteAllTextAsync(file, "Undated note\n\nHezbollah fought alongside the Nusra Front near Qusayr.\n");
        var relations = await LoadAsync(file);
        var observation = Assert.Single(StanceModel.Observations(relations));
        Assert.Equal(DateOnly.MinValue, observation.When);
        Assert.All(Graph.GraphSnapshot.Of(new StoredGraph([], relations, [])).Edges, e => Assert.Null(e.ValidTo));
    }

    [Fact]
    public async Task one_actor_s_changes_worked_out_from_its_edges_are_those_of_the_whole_graph_that_name_it()
    {
        var relations = await LoadAsync(TestPaths.SeedFolder, Path.Combine(TestPaths.RepositoryRoot, "examples", "documents"));
        var names = relations.SelectMany(r => new[] { r.Source, r.Target }).Distinct().ToList();
        var actors = names.Select(n => new StoredActor(n, Model.ActorType.ArmedGroup, [], false, 0, 0)).ToList();
        static string Text(ReportItem c) => $"{c.Id} {c.Before}->{c.After} {c.BeforeEvidence.Count}/{c.AfterEvidence.Count}";
        var whole = Graph.GraphSnapshot.Of(new StoredGraph(actors, relations, []));
        var changed = whole.Changes.SelectMany(c => new[] { c.A, c.B }).Distinct().ToList();
        Assert.True(changed.Count >= 4, $"only {changed.Count} actors change sides in the examples");
        foreach (var name in names)
        {
            var alone = Graph.GraphSnapshot.Of(new StoredGraph(actors, relations, [])); // its whole-graph changes not worked out
            Assert.Equal(whole.Changes.Where(c => c.A == name || c.B == name).Select(Text), alone.ChangesOf(name).Select(Text));
            Assert.Equal(whole.Changes.Where(c => c.A == name || c.B == name).Select(Text), whole.ChangesOf(name).Select(Text));
        }
    }

    [Fact]
    public async Task on_the_seed_exactly_the_srf_flip_and_the_renewed_coalition_strikes_on_al_nusrah()
    {
        var report = AllianceReportBuilder.Build(await LoadAsync(TestPaths.SeedFolder), new ReportOptions(), Now);
        Assert.Equal(
        [
            "Flip: Al Nusrah Front / Syrian Revolutionaries' Front: Cooperative -> Hostile @2014-10",
            "RenewedHostility: Al Nusrah Front / US-led coalition: Hostile -> Hostile @2014-11-05",
        ], Describe(report));
        var flip = report.Changes[0];
        Assert.Contains("have long been allied", Assert.Single(flip.BeforeEvidence).Evidence.Evidence.Sentence);
        Assert.Contains(flip.AfterEvidence, o => o.Evidence.Evidence.Sentence.Contains("turned on the SRF"));
        var renewal = report.Changes[1];
        Assert.Equal("2014-09-23", Assert.Single(renewal.BeforeEvidence).Date.ToString());
        Assert.Contains("until yesterday", Assert.Single(renewal.AfterEvidence).Evidence.Evidence.Sentence);
    }

    [Fact]
    public async Task excluding_claims_drops_what_only_claims_support()
    {
        var report = AllianceReportBuilder.Build(await LoadAsync(TestPaths.SeedFolder), new ReportOptions(IncludeClaims: false), Now);
        Assert.Equal(["Flip: Al Nusrah Front / Syrian Revolutionaries' Front: Cooperative -> Hostile @2014-10"], Describe(report));
    }

    [Fact]
    public async Task several_alliances_turning_hostile_in_one_period_are_all_reported()
    {
        var report = AllianceReportBuilder.Build(await LoadAsync(Documents("week-1")),
            new ReportOptions(From: new DateOnly(2015, 2, 1), To: new DateOnly(2015, 3, 31)), Now);
        Assert.Equal(
        [
            "Flip: Ahrar al Sham / Jaysh al-Islam: Cooperative -> Hostile @2015-02",
            "Flip: Al Nusrah Front / Harakat Hazm: Cooperative -> Hostile @2015-03-01",
        ], Describe(report));
    }

    [Fact]
    public async Task a_reconciliation_is_a_reversal_from_hostile_to_cooperative()
    {
        var report = AllianceReportBuilder.Build(await LoadAsync(Documents("week-1"), Documents("week-2")), new ReportOptions(Actor: "Ahrar al Sham"), Now);
        Assert.Equal(
        [
            "Flip: Ahrar al Sham / Jaysh al-Islam: Cooperative -> Hostile @2015-02",
            "Flip: Ahrar al Sham / Jaysh al-Islam: Hostile -> Cooperative @2015-04-18",
        ], Describe(report));
    }

    [Fact]
    public async Task hostility_after_a_long_silence_counts_as_renewed_without_a_stated_pause()
    {
        var relations = await LoadAsync(Documents("week-1"), Documents("week-2"));
        var renewal = Assert.Single(AllianceReportBuilder.Build(relations, new ReportOptions(), Now).Changes, c => c.Type == ReportItemType.RenewedHostility);
        Assert.Equal("2015-04-21", renewal.Date.ToString());
        Assert.DoesNotContain(AllianceReportBuilder.Build(relations, new ReportOptions(QuietDays: 120), Now).Changes, c => c.Type == ReportItemType.RenewedHostility);
    }

    [Fact]
    public async Task date_filters_keep_only_changes_inside_the_period()
    {
        var relations = await LoadAsync(Documents("week-1"), Documents("week-2"));
        Assert.Equal(2, AllianceReportBuilder.Build(relations, new ReportOptions(From: new DateOnly(2015, 4, 1)), Now).Changes.Count);
        Assert.Equal(2, AllianceReportBuilder.Build(relations, new ReportOptions(To: new DateOnly(2015, 3, 31)), Now).Changes.Count);
        Assert.Single(AllianceReportBuilder.Build(relations, new ReportOptions(From: new DateOnly(2015, 3, 1), To: new DateOnly(2015, 3, 1)), Now).Changes);
    }

    [Fact]
    public async Task new_and_stale_relations_are_listed_apart_from_changes()
    {
        var relations = await LoadAsync(Documents("week-1"), Documents("week-2"));
        var report = AllianceReportBuilder.Build(relations, new ReportOptions(From: new DateOnly(2015, 4, 1), StaleDays: 60), Now);
        Assert.Contains(report.NewRelations, n => n.Source == "Ahrar al Sham" && n.Target == "Islamic State");
        Assert.Contains(report.StaleRelations, n => n.Source == "Harakat Hazm" && n.Target == "Islamic State");
        Assert.DoesNotContain(report.StaleRelations, n => n.Source == "Ahrar al Sham" && n.Target == "Islamic State");
    }

    [Fact]
    public async Task the_json_report_has_exactly_the_fields_its_schema_file_declares()
    {
        var report = AllianceReportBuilder.Build(await LoadAsync(TestPaths.SeedFolder), new ReportOptions(From: new DateOnly(2014, 1, 1)), Now);
        var json = JsonDocument.Parse(ReportJson.Write(report)).RootElement;
        var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "docs", "alliance-report.schema.json"))).RootElement;
        var defs = schema.GetProperty("$defs");
        static void Matches(JsonElement value, JsonElement schemaNode, JsonElement defs, string where)
        {
            if (schemaNode.TryGetProperty("$ref", out var reference))
                schemaNode = defs.GetProperty(reference.GetString()!.Split('/')[^1]);
            if (value.ValueKind == JsonValueKind.Object && schemaNode.TryGetProperty("properties", out var properties))
            {
                var declared = properties.EnumerateObject().Select(p => p.Name).Order().ToList();
                Assert.True(declared.SequenceEqual(value.EnumerateObject().Select(p => p.Name).Order()), $"{where}: fields differ from the schema");
                foreach (var p in value.EnumerateObject())
                    Matches(p.Value, properties.GetProperty(p.Name), defs, $"{where}.{p.Name}");
            }
            else if (value.ValueKind == JsonValueKind.Array && schemaNode.TryGetProperty("items", out var items))
            {
                foreach (var item in value.EnumerateArray())
                    Matches(item, items, defs, $"{where}[]");
            }
            else if (schemaNode.TryGetProperty("enum", out var values))
            {
                Assert.Contains(values.EnumerateArray(), v => v.ToString() == value.ToString() || (v.ValueKind == JsonValueKind.Null && value.ValueKind == JsonValueKind.Null));
            }
        }
        Matches(json, schema, defs, "report");
        Assert.Equal(ReportJson.SchemaId, json.GetProperty("schema").GetString());
        Assert.NotEmpty(json.GetProperty("new_relations").EnumerateArray());
    }

    [Fact]
    public async Task since_keeps_only_what_is_new_or_different()
    {
        var weekOne = AllianceReportBuilder.Build(await LoadAsync(Documents("week-1")), new ReportOptions(), Now);
        var previous = _folder.File("previous.json", ReportJson.Write(weekOne));
        var both = AllianceReportBuilder.Build(await LoadAsync(Documents("week-1"), Documents("week-2")), new ReportOptions(), Now);
        var diff = ReportDiff.Since(both, previous);
        Assert.Equal(
        [
            "Flip: Ahrar al Sham / Jaysh al-Islam: Hostile -> Cooperative @2015-04-18",
            "RenewedHostility: Islamic State / US-led coalition: Hostile -> Hostile @2015-04-21",
        ], Describe(diff));
        Assert.Equal("previous.json", diff.Since);
        Assert.Empty(ReportDiff.Since(weekOne, previous).Changes);
    }

    [Theory]
    [InlineData("not json at all", "not valid JSON")]
    [InlineData("{\"schema\": \"something/else\"}", "not an alliance report")]
    public void an_earlier_report_that_is_not_one_is_bad_input_naming_the_file(string text, string problem)
    {
        var path = _folder.File("bad.json", text);
        var e = Assert.Throws<InputException>(() => ReportJson.ReadFingerprints(path));
        Assert.Contains("bad.json", e.Message);
        Assert.Contains(problem, e.Message);
    }

    [Fact]
    public async Task renderings_show_the_summary_the_evidence_and_a_chart()
    {
        var report = AllianceReportBuilder.Build(await LoadAsync(TestPaths.SeedFolder), new ReportOptions(), Now);
        var markdown = ReportMarkdown.Render(report, item => $"chart-{item.A}.svg");
        Assert.Contains("| pair | before | after | date | documents |", markdown);
        Assert.Contains("| Al Nusrah Front – Syrian Revolutionaries' Front | cooperative | hostile | 2014-10 |", markdown);
        Assert.Contains("![Al Nusrah Front – Syrian Revolutionaries' Front: stance over time](chart-Al Nusrah Front.svg)", markdown);
        Assert.Contains("have long been allied against Bashar al Assad’s regime", markdown);

        var html = ReportHtml.Render(report);
        Assert.Contains("<table>", html);
        Assert.Equal(2, html.Split("<svg").Length - 1);

        var csv = ReportCsv.Render(report).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, csv.Length);
        Assert.StartsWith("id,type,pair_a,pair_b", csv[0]);
    }

    [Fact]
    public async Task the_timeline_chart_is_valid_svg_with_a_mark_for_every_observation()
    {
        var report = AllianceReportBuilder.Build(await LoadAsync(TestPaths.SeedFolder), new ReportOptions(), Now);
        var flip = report.Changes[0];
        var history = report.Observations.Where(o => o.A == flip.A && o.B == flip.B).ToList();
        var svg = XDocument.Parse(TimelineChart.Svg(flip.A, flip.B, history, [flip]));
        XNamespace ns = "http://www.w3.org/2000/svg";
        Assert.Equal(history.Count, svg.Descendants(ns + "circle").Count());
        Assert.Single(svg.Descendants(ns + "line"), l => l.Attribute("stroke-dasharray") is not null);
    }
}
