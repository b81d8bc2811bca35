using Microsoft.Playwright;

namespace Comparison.EndToEnd.Tests;

/// <summary>
/// The contributor's live preview: `serve --watch` on a copy of the content; an edit shows on
/// the page, a broken edit shows a banner while the last good page stays, a fix clears it.
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "EndToEnd")]
public sealed class ContributorJourneyTests(BrowserFixture browser) : IAsyncLifetime
{
    private readonly string content = Path.Combine(Path.GetTempPath(), "comparison-e2e", Guid.NewGuid().ToString("N"));
    private ServerProcess server = default!;

    public async Task InitializeAsync()
    {
        CopyDirectory(Comparison.Testing.RepositoryRoot.Content, content);
        server = await ServerProcess.StartAsync(content, watch: true);
    }

    public async Task DisposeAsync()
    {
        await server.DisposeAsync();
        Directory.Delete(content, recursive: true);
    }

    [Fact]
    public async Task An_edit_appears_a_broken_edit_shows_a_banner_and_keeps_the_page_a_fix_clears_it()
    {
        var page = await browser.Browser.NewPageAsync();
        var file = Path.Combine(content, "countries", "nl.yaml");
        var original = await File.ReadAllTextAsync(file);
        const string marker = "Edited in the live preview test.";

        // A valid edit: the summary changes on the page.
        await File.WriteAllTextAsync(file, original.Replace("**2015–2018 (government answer", marker + "\n\n      **2015–2018 (government answer"));
        await EventuallyAsync(page, "/countries/nl/", async () => (await page.ContentAsync()).Contains(marker));

        // A broken edit: the banner names the file and line; the last good page is still served.
        await File.WriteAllTextAsync(file, original.Replace("id: nl\n", "id: [nl\n"));
        await EventuallyAsync(page, "/countries/nl/", async () => await page.Locator(".banner[role=alert]").CountAsync() > 0);
        await Assertions.Expect(page.Locator(".banner")).ToContainTextAsync("nl.yaml:");
        Assert.Contains(marker, await page.ContentAsync());
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "watch-broken-edit.png") });
        Assert.Contains("still serving the last good build", server.Log);

        // The fix: the banner goes, the page shows the fixed content.
        await File.WriteAllTextAsync(file, original);
        await EventuallyAsync(page, "/countries/nl/", async () => await page.Locator(".banner").CountAsync() == 0);
        Assert.DoesNotContain(marker, await page.ContentAsync());
    }

    private async Task EventuallyAsync(IPage page, string path, Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            await page.GotoAsync(server.BaseUrl + path);
            if (await condition())
            {
                return;
            }

            await Task.Delay(250);
        }

        Assert.Fail($"the page did not change within 30 s; server log:\n{server.Log}");
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var directory in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(directory.Replace(from, to));
        }

        Directory.CreateDirectory(to);
        foreach (var source in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            File.Copy(source, source.Replace(from, to));
        }
    }
}
