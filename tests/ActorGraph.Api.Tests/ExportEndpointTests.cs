using System.IO.Compression;
using System.Net;
using System.Text.Json;
using System.Xml.Linq;

namespace ActorGraph.Api.Tests;

/// <summary>GET /export/{format}: the graph or a view of it as a file, bounded, with clear errors.</summary>
public sealed class ExportEndpointTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task the_whole_graph_downloads_as_graphml_with_a_file_name()
    {
        var response = await _client.GetAsync("/export/graphml");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("actorgraph.graphml", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        var xml = XDocument.Load(await response.Content.ReadAsStreamAsync());
        XNamespace g = "http://graphml.graphdrawing.org/xmlns";
        Assert.Contains(xml.Descendants(g + "data"), d => d.Value == "Al Nusrah Front");
        Assert.True(xml.Descendants(g + "edge").Count() >= 10);
    }

    [Fact]
    public async Task a_view_exports_only_its_actors_neighbourhoods_as_of_its_date_and_kinds()
    {
        var response = await _client.GetAsync("/export/json?actor=SRF&asOf=2014-09-30&kinds=allied,attacked&limit=60");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var links = json.RootElement.GetProperty("links").EnumerateArray().ToList();

        Assert.NotEmpty(links);
        Assert.All(links, l => Assert.Contains(l.GetProperty("kind").GetString(), new[] { "allied", "attacked" }));
        Assert.All(links, l => Assert.True(l.GetProperty("source").GetString() == "Syrian Revolutionaries' Front" || l.GetProperty("target").GetString() == "Syrian Revolutionaries' Front"
            || json.RootElement.GetProperty("nodes").GetArrayLength() > 2));
        // In September 2014 the SRF and Al Nusrah were still allied; their fighting came in late October.
        Assert.Contains(links, l => l.GetProperty("kind").GetString() == "allied" && l.GetProperty("target").GetString() == "Syrian Revolutionaries' Front");
        Assert.DoesNotContain(links, l => l.GetProperty("kind").GetString() == "attacked" && l.GetProperty("target").GetString() == "Syrian Revolutionaries' Front");
        Assert.Equal("2014-09-30", json.RootElement.GetProperty("graph").GetProperty("asOf").GetString());
    }

    [Fact]
    public async Task hidden_actors_are_left_out_of_a_view_s_export()
    {
        var all = await _client.GetStringAsync("/export/json?actor=Al%20Nusrah%20Front");
        var hidden = await _client.GetStringAsync("/export/json?actor=Al%20Nusrah%20Front&hide=Islamic%20State");
        Assert.Contains("\"Islamic State\"", all);
        Assert.DoesNotContain("\"Islamic State\"", hidden);
    }

    [Fact]
    public async Task csv_downloads_as_a_zip_for_neo4j_admin()
    {
        var response = await _client.GetAsync("/export/csv");
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync());
        Assert.Equal(["actors.csv", "documents.csv", "evidence.csv", "evidence_in.csv", "import.txt", "relations.csv"], zip.Entries.Select(e => e.Name).Order(StringComparer.Ordinal).ToArray());
    }

    [Theory]
    [InlineData("/export/pdf", HttpStatusCode.NotFound, "no export format 'pdf'")]
    [InlineData("/export/json?asOf=yesterday", HttpStatusCode.BadRequest, "asOf must be a date")]
    [InlineData("/export/json?kinds=friends", HttpStatusCode.BadRequest, "'friends' is no relation kind")]
    [InlineData("/export/json?actor=Nobody%20Brigade", HttpStatusCode.NotFound, "no actor named or aliased 'Nobody Brigade'")]
    [InlineData("/export/json?actor=SRF&hops=99", HttpStatusCode.BadRequest, "hops must be from 1")]
    [InlineData("/export/json?minConfidence=2", HttpStatusCode.BadRequest, "minConfidence must be a number from 0 to 1")]
    public async Task bad_parameters_get_a_clear_error(string url, HttpStatusCode status, string message)
    {
        var response = await _client.GetAsync(url);
        Assert.Equal(status, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task a_whole_graph_export_over_the_bound_is_refused_with_a_pointer_to_the_cli()
    {
        await using var bounded = new ApiFactory { Settings = [("ActorGraph:MaxExportRelations", "3")] };
        var response = await bounded.CreateClient().GetAsync("/export/gexf");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("actorgraph export", await response.Content.ReadAsStringAsync());
        var view = await bounded.CreateClient().GetAsync("/export/gexf?actor=SRF");
        Assert.Equal(HttpStatusCode.OK, view.StatusCode);
    }
}
