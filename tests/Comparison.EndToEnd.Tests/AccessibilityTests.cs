using Deque.AxeCore.Playwright;

namespace Comparison.EndToEnd.Tests;

/// <summary>
/// axe-core on every page type (WCAG 2.2 AA rules), at a phone and a desktop width, with a
/// screenshot of each saved for review; and no page asks another host for anything.
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "EndToEnd")]
public sealed class AccessibilityTests(BrowserFixture browser, RealContentServer real) : IClassFixture<RealContentServer>
{
    // One server for the class: these tests only read, so they share it.
    private readonly ServerProcess server = real.Server;

    public static TheoryData<string, string> Pages => new()
    {
        { "home", "/" },
        { "country", "/countries/nl/?asOf=2019-04-12" },
        { "question", "/questions/adult-purchase-offence/" },
        { "compare", "/compare/?c=nl,de,se" },
        { "search", "/search/?q=248b" },
        { "about", "/about/" },
        { "help-wanted", "/help-wanted/" },
        { "downloads", "/downloads/" },
        { "not-found", "/no-such-page/" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Each_page_type_has_no_axe_violations_and_makes_no_foreign_requests(string name, string path)
    {
        foreach (var (width, height) in new[] { (390, 844), (1280, 900) })
        {
            var page = await browser.Browser.NewPageAsync(new() { ViewportSize = new() { Width = width, Height = height } });
            var watch = PageWatch.On(page, server.BaseUrl);
            await page.GotoAsync(server.BaseUrl + path);
            // Only violations are asked for: the passes and inapplicable rules are not read, and collecting them is slow on a long page.
            var results = await page.RunAxe(new Deque.AxeCore.Commons.AxeRunOptions { ResultTypes = [Deque.AxeCore.Commons.ResultType.Violations] });
            var violations = results.Violations.Select(v => $"{v.Id}: {v.Help} ({v.Nodes.Length} nodes, e.g. {v.Nodes.FirstOrDefault()?.Target})");
            Assert.True(results.Violations.Length == 0, $"{name} at {width}px: " + string.Join("; ", violations));
            await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, $"{name}-{width}.png"), FullPage = width < 1000 });
            if (name == "not-found")
            {
                // The browser logs the page's own 404 status as a console error; that one is expected.
                watch.ConsoleErrors.RemoveAll(e => e.Contains("status of 404", StringComparison.Ordinal));
            }

            watch.AssertClean();
            await page.CloseAsync();
        }
    }

    [Fact]
    public async Task The_site_works_with_javascript_off()
    {
        await using var context = await browser.Browser.NewContextAsync(new() { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync(server.BaseUrl + "/search/?q=sex+purchase+ban");
        Assert.True(await page.Locator("ol.hits li").CountAsync() > 0);
        await page.GotoAsync(server.BaseUrl + "/?group=minors&membership=eu");
        Assert.True(await page.Locator("table tbody tr").CountAsync() > 0);
    }

    [Fact]
    public async Task The_keyboard_alone_reaches_the_content_and_runs_a_comparison()
    {
        var page = await browser.Browser.NewPageAsync();
        await page.GotoAsync(server.BaseUrl + "/");

        // The first Tab lands on the skip link; Enter moves to the main content.
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Skip to content", (await page.EvaluateAsync<string>("document.activeElement.textContent")).Trim());
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/#main");
        Assert.EndsWith("#main", page.Url);

        // On the compare page, Space toggles a jurisdiction and Enter in the date field submits.
        await page.GotoAsync(server.BaseUrl + "/compare/");
        await page.FocusAsync("#c-fr");
        await page.Keyboard.PressAsync("Space");
        await page.FocusAsync("#compare-date");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**c=fr**");
        Assert.Contains("France", await page.Locator("caption").InnerTextAsync());
    }
}
