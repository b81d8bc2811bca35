using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Comparison.EndToEnd.Tests;

/// <summary>
/// A contributor slips script into a content file. The fictional jurisdiction "zz" gets a known
/// XSS vector in every text and Markdown field (names, provision texts and translations, titles,
/// every summary, source titles and publishers, review notes); the file still validates, and the
/// real `comparison serve` publishes it. Every page that shows it is opened in Chromium: no
/// dialog may open, no vector may run (each one would set <c>window.__xss</c> or change the
/// title), no element may carry an event handler or a javascript: link, and the API answers JSON
/// that a browser will not run and in which no tag is left unescaped.
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "EndToEnd")]
public sealed partial class HostileContentBrowserTests(BrowserFixture browser, HostileContentBrowserTests.HostileServer hostile) : IClassFixture<HostileContentBrowserTests.HostileServer>
{
    /// <summary>Each vector, if it ran, would open a dialog and set window.__xss.</summary>
    private static readonly string[] Vectors =
    [
        "<script>alert(1);window.__xss=1</script>",
        "<img src=x onerror=\"alert(2);window.__xss=2\">",
        "\"><svg onload=\"alert(3);window.__xss=3\">",
        "'><iframe src=\"javascript:alert(4)\"></iframe>",
        "</textarea></title></style><script>window.__xss=5;alert(5)</script>",
        "<a href=\"javascript:alert(6)\" onclick=\"window.__xss=6\">click me</a>",
        "<details open ontoggle=\"alert(7);window.__xss=7\">x</details>",
        "<body onload=alert(8)><input autofocus onfocus=\"alert(9);window.__xss=9\">",
        "&lt;script&gt;alert(10)&lt;/script&gt; &#60;img src=x onerror=alert(11)&#62;",
        "<style>*{background:url(\"javascript:alert(12)\")}</style><link rel=stylesheet href=\"//evil.example/x.css\">",
        "{{constructor.constructor('alert(13)')()}} ${alert(14)} @(alert(15))",
        "<math><mtext><table><mglyph><style><img src=x onerror=\"alert(16);window.__xss=16\">",
    ];

    /// <summary>
    /// Vectors for the Markdown summaries that the validator lets through (it refuses raw HTML and
    /// any link that is not https, so those never reach a page: Comparison.Site.Tests renders them
    /// past the validator): code spans, entities, and https links that try to break out of the
    /// attribute.
    /// </summary>
    private static readonly string[] MarkdownVectors =
    [
        "`<script>alert(20);window.__xss=20</script>`",
        "[link](https://example.org/\"onmouseover=\"alert(21)) and [t](https://example.org/x \"title\" onclick=alert(22))",
        "&lt;img src=x onerror=alert(23)&gt; &#x3C;script&#x3E;window.__xss=24&#x3C;/script&#x3E;",
        "**bold `</p><img src=x onerror=alert(25)>`** <https://example.org/?a=1&b=\"onmouseover=alert(26)>",
    ];

    private ServerProcess server => hostile.Server;

    /// <summary>The real content plus the hostile "zz", served once for the whole class.</summary>
    public sealed class HostileServer : IAsyncLifetime
    {
        private string content = default!;

        public ServerProcess Server { get; private set; } = default!;

        public async Task InitializeAsync()
        {
            content = Path.Combine(Path.GetTempPath(), "comparison-hostile-" + Guid.NewGuid().ToString("N")[..8]);
            foreach (var file in Directory.EnumerateFiles(Comparison.Testing.RepositoryRoot.Content, "*.yaml", SearchOption.AllDirectories))
            {
                var target = Path.Combine(content, Path.GetRelativePath(Comparison.Testing.RepositoryRoot.Content, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }

            var fixture = Path.Combine(Comparison.Testing.RepositoryRoot.Path, "tests", "Comparison.Site.Tests", "TestData", "zz.yaml");
            await File.WriteAllTextAsync(Path.Combine(content, "countries", "zz.yaml"), Hostile(await File.ReadAllTextAsync(fixture)));
            Server = await ServerProcess.StartAsync(content);
        }

        public async Task DisposeAsync()
        {
            await Server.DisposeAsync();
            Directory.Delete(content, recursive: true);
        }
    }

    [Fact]
    public async Task The_hostile_file_is_published_not_refused()
    {
        using var http = new HttpClient();
        var country = await http.GetAsync(server.BaseUrl + "/api/v1/countries/zz");
        Assert.Equal(HttpStatusCode.OK, country.StatusCode);
        var json = await country.Content.ReadAsStringAsync();

        // The vectors are in the data as text, with <, > and quotes escaped (\u003C), so no raw
        // tag even if the JSON were ever embedded in a page or sniffed as HTML...
        Assert.Contains("alert(1);window.__xss=1", json);
        Assert.DoesNotContain("<script", json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", json, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("\\u003Cscript", json, StringComparison.OrdinalIgnoreCase);

        // ...served as JSON a browser will not sniff into HTML, under a policy that runs nothing.
        Assert.Equal("application/json", country.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", country.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.StartsWith("default-src 'none'", country.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Contains("Data version", await http.GetStringAsync(server.BaseUrl + "/countries/zz/"));
    }

    [Theory]
    [InlineData("/countries/zz/")]
    [InlineData("/countries/zz/?asOf=2019-04-12")]
    [InlineData("/compare/?countries=zz,nl")]
    [InlineData("/questions/minor-purchase-offence/")]
    [InlineData("/questions/article6-measures/")]
    [InlineData("/")]
    [InlineData("/search/?q=Testland")]
    [InlineData("/search/?q=alert")]
    [InlineData("/about/")]
    [InlineData("/api/v1/countries/zz")]
    [InlineData("/api/v1/search?q=alert")]
    public async Task No_vector_runs_on_a_page_that_shows_it(string path)
    {
        // Twice: as served (the Content-Security-Policy would block inline script anyway), and
        // with the policy bypassed, so that the escaping alone is what is tested.
        foreach (var bypassCsp in new[] { false, true })
        {
            await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BypassCSP = bypassCsp });
            var page = await context.NewPageAsync();
            var watch = PageWatch.On(page, server.BaseUrl);
            var response = await page.GotoAsync(server.BaseUrl + path);
            Assert.Equal(200, response?.Status);
            var html = await response!.TextAsync();
            Assert.True(html.Contains("alert(", StringComparison.Ordinal), $"{path} does not show the hostile text at all, so it tests nothing");

            // Give a deferred vector (onerror, onload, autofocus) time to fire, and move the focus
            // where a vector would want it.
            await page.Keyboard.PressAsync("Tab");
            await page.WaitForTimeoutAsync(300);

            var mode = bypassCsp ? "with the CSP bypassed" : "as served";
            Assert.True(await page.EvaluateAsync<string>("() => typeof window.__xss") == "undefined", $"{path} {mode}: a vector ran");
            Assert.True(watch.Dialogs.Count == 0, $"{path} {mode}: dialogs {string.Join(", ", watch.Dialogs)}");
            Assert.True(watch.ForeignRequests.Count == 0, $"{path} {mode}: requests to {string.Join(", ", watch.ForeignRequests)}");
            // (A browser showing raw JSON asks for /favicon.ico, which the API answers 404.)
            var errors = watch.ConsoleErrors.Where(e => !(path.StartsWith("/api/", StringComparison.Ordinal) && e.Contains("status of 404", StringComparison.Ordinal))).ToList();
            Assert.True(errors.Count == 0, $"{path} {mode}: console errors (a blocked inline script is one) {string.Join(" | ", errors)}");
            var scripts = await page.EvaluateAsync<string[]>("() => [...document.scripts].map(s => s.getAttribute('src') ?? 'inline: ' + s.text)");
            Assert.True(scripts.All(s => s == "/assets/search.js"), $"{path} {mode}: scripts {string.Join(", ", scripts)}");
            var handlers = await page.EvaluateAsync<string[]>(
                "() => [...document.querySelectorAll('*')].flatMap(e => [...e.attributes].filter(a => /^on/i.test(a.name)).map(a => e.tagName + '@' + a.name))");
            Assert.True(handlers.Length == 0, $"{path} {mode}: event handlers {string.Join(", ", handlers)}");
            var links = await page.EvaluateAsync<string[]>(
                "() => [...document.querySelectorAll('[href],[src],[action],[formaction]')].map(e => e.getAttribute('href') ?? e.getAttribute('src') ?? e.getAttribute('action') ?? e.getAttribute('formaction')).filter(u => /^\\s*(javascript|data|vbscript):/i.test(u) || /^\\/\\//.test(u))");
            Assert.True(links.Length == 0, $"{path} {mode}: dangerous links {string.Join(", ", links)}");
            var tags = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('iframe, object, embed, img, math, mglyph, style, svg:not(.map-svg), input[autofocus], link[href*=evil]')].map(e => e.outerHTML.slice(0, 80))");
            Assert.True(tags.Length == 0, $"{path} {mode}: injected elements {string.Join(" | ", tags)}");
        }
    }

    [Fact]
    public async Task Search_results_drawn_by_the_script_stay_text()
    {
        var page = await browser.Browser.NewPageAsync();
        try
        {
            var watch = PageWatch.On(page, server.BaseUrl);
            await page.GotoAsync(server.BaseUrl + "/search/");
            await page.Locator("form.search-form input[name=q]").PressSequentiallyAsync("testland alert", new() { Delay = 30 });
            await Assertions.Expect(page.Locator("#search-results ol.hits li").First).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("#search-results")).ToContainTextAsync("alert(");
            await page.WaitForTimeoutAsync(300);
            Assert.Equal("undefined", await page.EvaluateAsync<string>("() => typeof window.__xss"));
            Assert.Empty(watch.Dialogs);
            Assert.Equal(0, await page.EvaluateAsync<int>("() => document.querySelectorAll('main script, main img, main svg, main iframe').length"));
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    /// <summary>The fixture with a raw-HTML vector in every text field and a Markdown vector in every Markdown one.</summary>
    internal static string Hostile(string yaml)
    {
        var n = 0;
        return TextLine().Replace(yaml, match =>
        {
            var key = match.Groups["key"].Value;
            var value = match.Groups["value"].Value.Trim().Trim('"');
            var vector = key is "summary" or "notes" ? MarkdownVectors[n++ % MarkdownVectors.Length] : Vectors[n++ % Vectors.Length];

            // A JSON string is a valid YAML double-quoted scalar.
            return $"{match.Groups["indent"].Value}{key}: {JsonSerializer.Serialize($"{value} {vector}")}";
        });
    }

    [GeneratedRegex(@"^(?<indent>[ \-]*)(?<key>name|nativeName|state|citation|title|text|translation|summary|publisher|notes): (?<value>[^|>\n].*)$", RegexOptions.Multiline)]
    private static partial Regex TextLine();
}
