using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ActorGraph.Api.Tests;

/// <summary>
/// Corrections from the graph browser (Chromium): a sentence marked wrong and two actors merged from the page stay
/// applied after the page is reloaded and after another API process starts on the same store. Its own servers,
/// so the other browser tests keep the seed as it is.
/// </summary>
public sealed class CorrectionsBrowserTests : IAsyncLifetime
{
    private const string SrfAttack = "Al Nusrah Front|attacked|Syrian Revolutionaries' Front";

    private readonly List<ApiFactory> _servers = [];
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task InitializeAsync()
    {
        if (BrowserFixture.SkipReason is not null)
            return;
        _playwright = await Playwright.CreateAsync();
        _browser = await BrowserFixture.LaunchChromiumAsync(_playwright);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
            await _browser.DisposeAsync();
        _playwright?.Dispose();
        foreach (var server in Enumerable.Reverse(_servers))
            await server.DisposeAsync();
    }

    private string Start(ApiFactory server)
    {
        _servers.Add(server);
        server.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        server.StartServer();
        return server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
    }

    /// <summary>A page whose prompts are answered, in order, with <paramref name="answers"/>.</summary>
    private async Task<(IPage Page, List<string> Errors)> OpenAsync(string address, string query, Queue<string> answers)
    {
        var page = await _browser!.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 850 } });
        var errors = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") errors.Add(message.Text); };
        page.PageError += (_, error) => errors.Add(error);
        page.Dialog += async (_, dialog) => await dialog.AcceptAsync(answers.Count > 0 ? answers.Dequeue() : "");
        await page.GotoAsync(address + "/" + query);
        return (page, errors);
    }

    private static ILocator Evidence(IPage page) => page.Locator("#details ul.evidence > li");

    [SkippableFact]
    public async Task a_sentence_marked_wrong_and_a_merge_from_the_page_survive_a_reload_of_the_page_and_of_the_api()
    {
        Skip.If(BrowserFixture.SkipReason is not null, BrowserFixture.SkipReason);
        var first = new ApiFactory();
        var address = Start(first);
        var edge = Uri.EscapeDataString(SrfAttack);

        // Mark the first sentence of Al Nusrah's attack on the SRF wrong: the page asks why, then for the key.
        var answers = new Queue<string>(["it names no attack", ApiFactory.ApiKey]);
        var (page, errors) = await OpenAsync(address, $"?actors=Al%20Nusrah%20Front&asOf=2014-11-06&sel=edge:{edge}", answers);
        await Assertions.Expect(Evidence(page).First).ToBeVisibleAsync();
        var before = await Evidence(page).CountAsync();
        var wrong = await Evidence(page).First.Locator("blockquote").TextContentAsync() ?? "";
        await Evidence(page).First.Locator("button.wrong").ClickAsync();
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("Recorded:");
        await Assertions.Expect(Evidence(page)).ToHaveCountAsync(before - 1);
        await Assertions.Expect(page.Locator("#details")).ToContainTextAsync("it names no attack");

        // Merge the Khorasan Group into Al Nusrah Front from its panel (the key is remembered in this tab).
        await page.GotoAsync(address + "/?actors=Khorasan%20Group&sel=actor:Khorasan%20Group");
        await Assertions.Expect(page.Locator("#details h2")).ToHaveTextAsync("Khorasan Group");
        answers.Enqueue("Jabhat al-Nusra");
        await page.ClickAsync("text=Merge into…");
        await Assertions.Expect(page.Locator("#details h2")).ToHaveTextAsync("Al Nusrah Front");
        await Assertions.Expect(page.Locator("#details")).ToContainTextAsync("merged from");

        async Task ExpectCorrectedAsync(string at)
        {
            var (again, againErrors) = await OpenAsync(at, $"?actors=Al%20Nusrah%20Front&asOf=2014-11-06&sel=edge:{edge}", new());
            await Assertions.Expect(Evidence(again)).ToHaveCountAsync(before - 1);
            Assert.DoesNotContain(wrong, await again.Locator("#details").TextContentAsync());
            await again.GotoAsync(at + "/?actors=Khorasan%20Group&sel=actor:Khorasan%20Group");
            await Assertions.Expect(again.Locator("#details h2")).ToHaveTextAsync("Al Nusrah Front");
            await Assertions.Expect(again.Locator("#details")).ToContainTextAsync("Khorasan Group");
            Assert.Empty(againErrors);
        }

        await ExpectCorrectedAsync(address);
        // Another API process on the same store and corrections file.
        await ExpectCorrectedAsync(Start(new ApiFactory { Settings = [("ActorGraph:DatabasePath", first.DatabasePath)] }));
        Assert.Empty(errors);
    }

    [SkippableFact]
    public async Task a_relation_extraction_missed_is_asserted_from_the_page_on_a_sentence_naming_both()
    {
        Skip.If(BrowserFixture.SkipReason is not null, BrowserFixture.SkipReason);
        var address = Start(new ApiFactory());
        // Prompts in order: the other actor, the kind, the date, then the API key.
        var answers = new Queue<string>(["Assad regime", "rival", "2014-11", ApiFactory.ApiKey]);
        var (page, errors) = await OpenAsync(address, "?actors=SRF&asOf=2014-11-30&sel=actor:Syrian%20Revolutionaries%27%20Front", answers);
        await Assertions.Expect(page.Locator("#details h2")).ToHaveTextAsync("Syrian Revolutionaries' Front");

        await page.ClickAsync("text=Assert a relation…");
        var candidate = page.Locator("#details ul.evidence > li", new PageLocatorOptions { HasText = "long been allied" });
        await candidate.Locator("button.use-sentence").ClickAsync();

        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("Recorded: asserted");
        await Assertions.Expect(page.Locator("#relations li[data-pair=\"Assad regime|Syrian Revolutionaries' Front\"][data-kind=RIVAL]")).ToHaveCountAsync(1);
        Assert.Empty(errors);
    }
}
