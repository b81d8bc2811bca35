using System.Text;
using Microsoft.Playwright;

namespace Comparison.EndToEnd.Tests;

/// <summary>
/// The legislator's journey on the real content, in a real browser against `comparison serve`:
/// search, open a hit, compare three jurisdictions, go back to April 2019, download the CSV.
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "EndToEnd")]
public sealed class LegislatorJourneyTests(BrowserFixture browser, RealContentServer real) : IClassFixture<RealContentServer>
{
    // One server for the class: these tests only read, so they share it.
    private readonly ServerProcess server = real.Server;

    [Fact]
    public async Task Search_open_a_hit_compare_go_back_to_2019_and_download_the_csv()
    {
        await using var context = await browser.Browser.NewContextAsync(new() { AcceptDownloads = true });
        var page = await context.NewPageAsync();
        var watch = PageWatch.On(page, server.BaseUrl);

        // Home: what this is, the matrix and the map.
        await page.GotoAsync(server.BaseUrl + "/");
        await Assertions.Expect(page.Locator("h1")).ToBeVisibleAsync();
        Assert.True(await page.Locator("table").CountAsync() > 0);
        Assert.True(await page.Locator("svg a").CountAsync() >= 48);

        // Search from the header.
        await page.FillAsync("#site-q", "reporter immunity");
        await page.Locator("form.site-search button").ClickAsync();
        await page.WaitForURLAsync("**/search/?q=reporter*");
        var firstHit = page.Locator("ol.hits li h2 a").First;
        await Assertions.Expect(firstHit).ToBeVisibleAsync();
        var target = await firstHit.GetAttributeAsync("href");
        Assert.NotNull(target);
        Assert.StartsWith("/countries/", target);

        // Open it: the answer's section is on the jurisdiction's page.
        await firstHit.ClickAsync();
        await page.WaitForURLAsync("**/countries/**");
        var anchor = target![(target.IndexOf('#') + 1)..];
        await Assertions.Expect(page.Locator($"[id='{anchor}']")).ToBeVisibleAsync();

        // Compare the Netherlands, Germany and Sweden, today.
        await page.GotoAsync(server.BaseUrl + "/compare/");
        foreach (var box in await page.Locator("form.compare-form input[name=c]").AllAsync())
        {
            await box.SetCheckedAsync(false);
        }

        foreach (var id in new[] { "nl", "de", "se" })
        {
            await page.CheckAsync($"#c-{id}");
        }

        await page.Locator("form.compare-form button[type=submit]").ClickAsync();
        await page.WaitForURLAsync("**/compare/?**");
        var netherlands = page.Locator("td:has(a.more[href='/countries/nl/#minor-purchase-offence'])");
        var today = await netherlands.Locator(".badge, [class*='v-']").First.InnerTextAsync();

        // The same comparison as of 12 April 2019: the Netherlands answer changes (art. 248b Sr).
        await page.FillAsync("#compare-date", "2019-04-12");
        await page.Locator("form.compare-form button[type=submit]").ClickAsync();
        await page.WaitForURLAsync("**asOf=2019-04-12**");
        var april2019 = await netherlands.Locator(".badge, [class*='v-']").First.InnerTextAsync();
        Assert.Equal("Yes", april2019.Trim());
        Assert.NotEqual(today.Trim(), april2019.Trim());
        await Assertions.Expect(page.Locator("caption")).ToContainTextAsync("2019-04-12");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "journey-compare-2019.png"), FullPage = true });

        // Download the CSV and read it.
        await page.GotoAsync(server.BaseUrl + "/downloads/");
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("a[href='/downloads/comparison.csv']").ClickAsync());
        var path = await download.PathAsync();
        var bytes = await File.ReadAllBytesAsync(path!);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        Assert.StartsWith("\"jurisdiction_id\",", text);
        Assert.Contains("\"nl\",\"Netherlands\"", text);

        watch.AssertClean();
    }

    [Fact]
    public async Task Search_results_update_as_you_type_when_javascript_is_on()
    {
        var page = await browser.Browser.NewPageAsync();
        var watch = PageWatch.On(page, server.BaseUrl);
        await page.GotoAsync(server.BaseUrl + "/search/");
        await page.Locator("form.search-form input[name=q]").PressSequentiallyAsync("ontucht", new() { Delay = 30 });
        await Assertions.Expect(page.Locator("#search-results ol.hits li").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#search-results mark").First).ToBeVisibleAsync();
        Assert.Contains("q=ontucht", page.Url);
        watch.AssertClean();
    }
}
