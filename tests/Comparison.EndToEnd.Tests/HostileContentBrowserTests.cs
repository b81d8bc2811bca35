using Microsoft.Playwright;

namespace Comparison.EndToEnd.Tests;

/// <summary>
/// A jurisdiction whose every text field carries script vectors (TestData/hostile/zx.yaml), served
/// by the real `comparison serve` and opened in Chromium on every page it appears on. Each page is
/// opened twice: once with the Content-Security-Policy bypassed, so the escaping alone must stop
/// the vectors (no dialog, no global set, no title changed, no handler or foreign script in the
/// DOM); and once as served, where the policy must report no violation (nothing tried to run).
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "EndToEnd")]
public sealed class HostileContentBrowserTests(BrowserFixture browser, HostileServer hostile) : IClassFixture<HostileServer>
{
    /// <summary>Every vector that runs sets window.__xss, calls alert or sets the title to this.</summary>
    private const string Hijacked = "pwned";

    // Runs before any script of the page: records policy violations where the test can read them.
    private const string RecordViolations =
        "window.__violations = [];"
        + "document.addEventListener('securitypolicyviolation', e => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sample || '')));";

    private static readonly string[] Pages =
    [
        "/",
        "/countries/zx/",
        "/countries/zx/?asOf=2020-01-01",
        "/compare/?c=zx&c=nl",
        "/questions/minor-purchase-offence/",
        "/questions/minor-purchase-max-penalty/",
        "/search/?q=zxprobe",
        "/search/?q=textarea",
    ];

    private static readonly string[] ApiUrls =
    [
        "/api/v1/countries/zx",
        "/api/v1/countries",
        "/api/v1/compare?countries=zx,nl",
        "/api/v1/questions/minor-purchase-offence",
        "/api/v1/search?q=zxprobe",
        "/api/v1/search?q=script",
    ];

    private string BaseUrl => hostile.Server.BaseUrl;

    [Fact]
    public async Task With_the_policy_bypassed_no_vector_runs_on_any_page()
    {
        await using var context = await browser.Browser.NewContextAsync(new() { BypassCSP = true });
        foreach (var path in Pages)
        {
            var page = await context.NewPageAsync();
            var watch = PageWatch.On(page, BaseUrl);
            await OpenAsync(page, path);
            await AssertInertAsync(page, path, watch);

            // The vectors are on the page as text (so each one was really tried here).
            Assert.Matches("<(script|img|svg|/textarea)", await page.InnerTextAsync("main"));
            await page.CloseAsync();
        }
    }

    [Fact]
    public async Task Results_drawn_as_you_type_stay_inert()
    {
        await using var context = await browser.Browser.NewContextAsync(new() { BypassCSP = true });
        var page = await context.NewPageAsync();
        var watch = PageWatch.On(page, BaseUrl);
        await OpenAsync(page, "/search/");
        foreach (var term in new[] { "zxprobe", "textarea onerror" })
        {
            await page.Locator("form.search-form input[name=q]").FillAsync(string.Empty);
            await page.Locator("form.search-form input[name=q]").PressSequentiallyAsync(term, new() { Delay = 20 });
            await Assertions.Expect(page.Locator("#search-results p.count")).ToContainTextAsync(term);
            await Assertions.Expect(page.Locator("#search-results ol.hits li").First).ToBeVisibleAsync();
            await page.WaitForTimeoutAsync(300);
            await AssertInertAsync(page, "/search/ as you type " + term, watch);
        }

        // The script drew the snippets from the API's escaped text, tags shown as text.
        Assert.Contains("<", await page.InnerTextAsync("#search-results ol.hits"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task As_served_the_policy_reports_no_attempt_to_run_anything()
    {
        await using var context = await browser.Browser.NewContextAsync();
        await context.AddInitScriptAsync(RecordViolations);
        foreach (var path in Pages)
        {
            var page = await context.NewPageAsync();
            var watch = PageWatch.On(page, BaseUrl);
            await OpenAsync(page, path);
            var violations = await page.EvaluateAsync<string[]>("window.__violations");
            Assert.True(violations.Length == 0, $"{path}: policy violations: {string.Join(" | ", violations)}");
            await AssertInertAsync(page, path, watch);
            await page.CloseAsync();
        }
    }

    [Fact]
    public async Task The_api_serves_the_vectors_as_json_that_no_browser_runs()
    {
        await using var context = await browser.Browser.NewContextAsync(new() { BypassCSP = true });

        // A JSON document has no icon link, so Chromium asks for /favicon.ico, which the site does not have.
        await context.RouteAsync("**/favicon.ico", route => route.FulfillAsync(new() { Status = 204 }));
        foreach (var path in ApiUrls)
        {
            var response = await context.APIRequest.GetAsync(BaseUrl + path);
            Assert.Equal(200, response.Status);
            Assert.StartsWith("application/json", response.Headers["content-type"], StringComparison.Ordinal);
            Assert.Equal("nosniff", response.Headers["x-content-type-options"]);
            Assert.Contains("default-src 'none'", response.Headers["content-security-policy"], StringComparison.Ordinal);

            // The text is all there, but no '<' is written as such: even a client that sniffed the
            // body as HTML would find no tag in it.
            var body = await response.TextAsync();
            Assert.Contains("zxprobe", body, StringComparison.Ordinal);
            Assert.DoesNotContain("<", body, StringComparison.Ordinal);

            // Opened in the browser, it is a document of text.
            var page = await context.NewPageAsync();
            var watch = PageWatch.On(page, BaseUrl);
            await OpenAsync(page, path);
            await AssertInertAsync(page, path, watch);
            Assert.Equal(0, await page.EvaluateAsync<int>("document.querySelectorAll('script, img, svg, iframe, a').length"));
            await page.CloseAsync();
        }
    }

    private async Task OpenAsync(IPage page, string path)
    {
        var response = await page.GotoAsync(BaseUrl + path, new() { WaitUntil = WaitUntilState.NetworkIdle });
        Assert.True(response is { Status: 200 }, $"{path}: {response?.Status}");

        // Give late handlers (an image's onerror, an animation's onbegin) time to fire.
        await page.WaitForTimeoutAsync(200);
    }

    private static async Task AssertInertAsync(IPage page, string path, PageWatch watch)
    {
        Assert.True(watch.Dialogs.Count == 0, $"{path}: a dialog opened: {string.Join(" | ", watch.Dialogs)}");
        Assert.Equal("undefined", await page.EvaluateAsync<string>("typeof window.__xss"));
        Assert.NotEqual(Hijacked, await page.TitleAsync());
        var scripts = await page.EvaluateAsync<string[]>("[...document.scripts].map(s => s.src || 'inline: ' + s.text.slice(0, 80))");
        Assert.All(scripts, src => Assert.Equal(page.Url[..page.Url.IndexOf('/', 8)] + "/assets/search.js", src));
        var handlers = await page.EvaluateAsync<string[]>(
            "[...document.querySelectorAll('*')].flatMap(e => [...e.attributes].filter(a => a.name.startsWith('on')).map(a => e.tagName + ' ' + a.name))");
        Assert.True(handlers.Length == 0, $"{path}: event handler attributes: {string.Join(", ", handlers)}");
        var links = await page.EvaluateAsync<string[]>(
            "[...document.querySelectorAll('[href], [src], [action], [srcdoc]')].map(e => e.getAttribute('href') ?? e.getAttribute('src') ?? e.getAttribute('action') ?? 'srcdoc')"
            + ".filter(u => /^\\s*(javascript|data|vbscript):|^srcdoc$/i.test(u))");
        Assert.True(links.Length == 0, $"{path}: dangerous URLs: {string.Join(", ", links)}");
        Assert.Equal(0, await page.EvaluateAsync<int>("document.querySelectorAll('iframe, object, embed, img, main svg[onload]').length"));
        watch.AssertClean();
    }
}

/// <summary>One `comparison serve` for the class: the real catalogs, the Netherlands and the hostile zx.</summary>
public sealed class HostileServer : IAsyncLifetime
{
    private readonly string content = Comparison.Testing.TestContent.CopyWithCountries(
        Path.Combine(AppContext.BaseDirectory, "TestData", "hostile"));

    public ServerProcess Server { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        File.Copy(Path.Combine(Comparison.Testing.RepositoryRoot.Content, "countries", "nl.yaml"), Path.Combine(content, "countries", "nl.yaml"));
        Server = await ServerProcess.StartAsync(content);
    }

    public async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        Directory.Delete(content, recursive: true);
    }
}
