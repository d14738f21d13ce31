using Microsoft.Playwright;

namespace ActorGraph.Api.Tests;

/// <summary>The graph browser end to end in headless Chromium, on the seed.</summary>
public sealed class GraphBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string SrfNusrah = "Al Nusrah Front|Syrian Revolutionaries' Front";

    /// <summary>Opens the page, failing the test on any console error or page error.</summary>
    private async Task<(IPage Page, List<string> Errors)> OpenAsync(string query = "")
    {
        Skip.If(BrowserFixture.SkipReason is not null, BrowserFixture.SkipReason);
        var page = await fixture.Browser!.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 850 } });
        var errors = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") errors.Add(message.Text); };
        page.PageError += (_, error) => errors.Add(error);
        await page.GotoAsync(fixture.BaseAddress + "/" + query);
        return (page, errors);
    }

    private static async Task<List<string>> KindsBetweenAsync(IPage page, string pair)
    {
        var items = page.Locator($"#relations li[data-pair=\"{pair}\"]");
        return (await items.EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.kind)")).Order().ToList();
    }

    /// <summary>Waits (as Playwright's expectations do) until the list shows exactly these kinds between the pair: the status line may change a moment before the list does.</summary>
    private static async Task ExpectKindsBetweenAsync(IPage page, string pair, params string[] kinds)
    {
        await Assertions.Expect(page.Locator($"#relations li[data-pair=\"{pair}\"]")).ToHaveCountAsync(kinds.Length);
        foreach (var kind in kinds)
            await Assertions.Expect(page.Locator($"#relations li[data-pair=\"{pair}\"][data-kind={kind}]")).ToHaveCountAsync(1);
        Assert.Equal(kinds.Order(), await KindsBetweenAsync(page, pair));
    }

    private static Task WaitForDateAsync(IPage page, string day) =>
        Assertions.Expect(page.Locator("#status")).ToContainTextAsync($"as of {day}");

    [SkippableFact]
    public async Task moving_from_september_to_november_shows_al_nusrah_turning_on_the_srf_with_its_evidence()
    {
        var (page, errors) = await OpenAsync();
        await page.FillAsync("#search", "SRF");
        await page.PressAsync("#search", "Enter");
        await Assertions.Expect(page.Locator($"#relations li[data-pair=\"{SrfNusrah}\"]").First).ToBeVisibleAsync();

        await page.FillAsync("#date", "2014-09-15");
        await WaitForDateAsync(page, "2014-09-15");
        await ExpectKindsBetweenAsync(page, SrfNusrah, "ALLIED");

        await page.FillAsync("#date", "2014-11-06");
        await WaitForDateAsync(page, "2014-11-06");
        await ExpectKindsBetweenAsync(page, SrfNusrah, "ATTACKED", "RIVAL");

        await page.Locator($"#relations li[data-pair=\"{SrfNusrah}\"][data-kind=ATTACKED] button").ClickAsync();
        await Assertions.Expect(page.Locator("#details")).ToContainTextAsync("Since late October, Al Nusrah has gone on the offensive against the Syrian Revolutionaries’ Front (SRF)");
        await Assertions.Expect(page.Locator("#details")).ToContainTextAsync("FDD's Long War Journal");
        await Assertions.Expect(page.Locator("#details")).ToContainTextAsync("“Since late October”");

        Assert.Contains("asOf=2014-11-06", page.Url);
        Assert.Contains("sel=edge", page.Url);
        var screenshot = Path.Combine(AppContext.BaseDirectory, "graph-browser.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot });
        Assert.True(new FileInfo(screenshot).Length > 10_000, $"screenshot at {screenshot}");
        Assert.Empty(errors);
    }

    [SkippableFact]
    public async Task clicking_a_node_shows_its_facts_and_brings_in_its_neighbours()
    {
        var (page, errors) = await OpenAsync("?actors=Syrian%20Revolutionaries'%20Front&asOf=2014-11-06");
        await Assertions.Expect(page.Locator("#actors li", new PageLocatorOptions { HasText = "Al Nusrah Front" })).ToBeVisibleAsync();
        Assert.Equal(0, await page.Locator("#actors li", new PageLocatorOptions { HasText = "Khorasan Group" }).CountAsync());
        // A tap on the canvas node, as a mouse click gives it.
        await page.EvaluateAsync("() => { cy.getElementById('Al Nusrah Front').emit('tap'); }");
        await Assertions.Expect(page.Locator("#actors li", new PageLocatorOptions { HasText = "Khorasan Group" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#details h2")).ToHaveTextAsync("Al Nusrah Front");
        Assert.Contains("actors=Syrian Revolutionaries' Front|Al Nusrah Front", Uri.UnescapeDataString(page.Url.Replace('+', ' ')));
        Assert.Empty(errors);
    }

    [SkippableFact]
    public async Task the_actor_list_expands_a_neighbour_from_the_keyboard()
    {
        var (page, errors) = await OpenAsync("?actors=Syrian%20Revolutionaries'%20Front&asOf=2014-11-06");
        var nusrah = page.Locator("#actors li button", new PageLocatorOptions { HasText = "Al Nusrah Front" });
        await nusrah.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#actors li", new PageLocatorOptions { HasText = "al Qaeda" })).ToBeVisibleAsync();
        Assert.Empty(errors);
    }

    [SkippableFact]
    public async Task the_time_slider_works_from_the_keyboard()
    {
        var (page, errors) = await OpenAsync("?actors=Syrian%20Revolutionaries'%20Front&asOf=2014-10-02");
        await WaitForDateAsync(page, "2014-10-02");
        // The page has drawn what it loaded before keys move the slider (a redraw would undo a key press).
        await Assertions.Expect(page.Locator($"#relations li[data-pair=\"{SrfNusrah}\"]").First).ToBeVisibleAsync();
        await page.FocusAsync("#time");
        await page.Keyboard.PressAsync("ArrowLeft");
        await page.Keyboard.PressAsync("ArrowLeft");
        await WaitForDateAsync(page, "2014-09-30");
        await ExpectKindsBetweenAsync(page, SrfNusrah, "ALLIED");
        Assert.Empty(errors);
    }

    [SkippableFact]
    public async Task a_fast_run_of_slider_keys_ends_on_the_graph_of_the_last_day()
    {
        // Answers to earlier days may come back after later ones: only the last day's graph may stay on screen.
        var (page, errors) = await OpenAsync("?actors=Syrian%20Revolutionaries'%20Front&asOf=2014-10-20");
        await WaitForDateAsync(page, "2014-10-20");
        await Assertions.Expect(page.Locator($"#relations li[data-pair=\"{SrfNusrah}\"]").First).ToBeVisibleAsync();
        await page.FocusAsync("#time");
        for (var i = 0; i < 20; i++)
            await page.Keyboard.PressAsync("ArrowLeft");
        await WaitForDateAsync(page, "2014-09-30");
        await ExpectKindsBetweenAsync(page, SrfNusrah, "ALLIED");
        Assert.Empty(errors);
    }

    [SkippableFact]
    public async Task a_shared_url_restores_the_view_and_clicking_a_node_shows_its_facts()
    {
        var (page, errors) = await OpenAsync("?actors=Al%20Nusrah%20Front&asOf=2014-11-06&kinds=affiliate&sel=actor:Al%20Nusrah%20Front");
        await Assertions.Expect(page.Locator("#details")).ToContainTextAsync("Jabhat al-Nusra");
        await Assertions.Expect(page.Locator("#details")).ToContainTextAsync("first seen");
        var kinds = await page.Locator("#relations li[data-kind]").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.kind)");
        Assert.NotEmpty(kinds);
        Assert.All(kinds, k => Assert.Equal("AFFILIATE", k));
        Assert.False(await page.IsCheckedAsync("input[name=kind][value=ATTACKED]"));
        Assert.Empty(errors);
    }

    [SkippableFact]
    public async Task the_download_link_exports_the_view_shown()
    {
        var (page, errors) = await OpenAsync("?actors=Syrian%20Revolutionaries%27%20Front&asOf=2014-09-30&kinds=allied");
        await Assertions.Expect(page.Locator("#relations li[data-kind]").First).ToBeVisibleAsync();
        await page.SelectOptionAsync("#export-format", "gexf");
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#export"));
        Assert.Equal("actorgraph-syrian-revolutionaries-front-2014-09-30.gexf", download.SuggestedFilename);
        var path = await download.PathAsync();
        var xml = System.Xml.Linq.XDocument.Load(path);
        System.Xml.Linq.XNamespace g = "http://gexf.net/1.3";
        var labels = xml.Descendants(g + "edge").Select(e => (string?)e.Attribute("label")).ToList();
        Assert.NotEmpty(labels);
        Assert.All(labels, l => Assert.Equal("allied", l));
        Assert.Empty(errors);
    }

    [SkippableFact]
    public async Task the_alliance_changes_view_lists_the_flip_and_takes_the_graph_to_its_date()
    {
        var (page, errors) = await OpenAsync();
        await page.ClickAsync("#changes");
        var change = page.Locator("#change-list button", new PageLocatorOptions { HasText = "cooperative → hostile, 2014-10" });
        await change.ClickAsync();
        await WaitForDateAsync(page, "2014-10-15");
        await Assertions.Expect(page.Locator($"#relations li[data-pair=\"{SrfNusrah}\"][data-kind=ATTACKED]")).ToHaveCountAsync(1);
        Assert.Contains("changes=1", page.Url);
        Assert.Empty(errors);
    }

    [SkippableFact]
    public async Task filters_by_minimum_confidence_hide_weaker_relations()
    {
        var (page, errors) = await OpenAsync("?actors=Al%20Nusrah%20Front&asOf=2014-11-06");
        await Assertions.Expect(page.Locator("#relations li[data-kind]").First).ToBeVisibleAsync();
        var before = await page.Locator("#relations li[data-kind]").CountAsync();
        await page.Locator("#confidence").FillAsync("0.9");
        await Assertions.Expect(page.Locator("#confidence-label")).ToHaveTextAsync("0.90");
        await page.WaitForFunctionAsync($"() => document.querySelectorAll('#relations li[data-kind]').length < {before}");
        Assert.Empty(errors);
    }

    [SkippableFact]
    public async Task a_document_url_that_is_not_a_web_address_is_shown_as_text_never_as_a_link()
    {
        Skip.If(BrowserFixture.SkipReason is not null, BrowserFixture.SkipReason);
        using var http = new HttpClient { BaseAddress = new Uri(fixture.BaseAddress) };
        var (_, loaded) = await http.PostAsync(
            "mutation($d: DocumentInput!) { loadDocument(document: $d) { outcome } }",
            new { d = new { key = "hostile-url.txt", title = "Hostile link", published = "2016-02-01", url = "javascript:alert(document.domain)",
                text = "Hostile link\n\nHezbollah attacked Jaish al Islam yesterday.\n" } },
            ApiFactory.ApiKey);
        Assert.Empty(loaded.Errors());

        var (page, errors) = await OpenAsync("?actors=Hezbollah&asOf=2016-02-01");
        await page.Locator("#relations li[data-pair=\"Hezbollah|Jaysh al-Islam\"][data-kind=ATTACKED] button").ClickAsync();
        await Assertions.Expect(page.Locator("#details")).ToContainTextAsync("Hostile link");
        Assert.Equal(0, await page.Locator("#details a").CountAsync());
        Assert.Empty(errors);
    }
}
