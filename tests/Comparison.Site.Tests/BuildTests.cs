using System.Text;
using System.Xml.Linq;
using Comparison.Site.Tests.Support;

namespace Comparison.Site.Tests;

public class BuildTests
{
    [Fact]
    public void The_same_content_and_options_build_byte_identical_files()
    {
        var first = new SiteBuilder(SiteFixture.Real, SiteFixture.Options).BuildAll();
        var second = new SiteBuilder(SiteFixture.Real, SiteFixture.Options).BuildAll();
        Assert.Equal(first.Select(f => f.Path), second.Select(f => f.Path));
        for (var i = 0; i < first.Count; i++)
        {
            Assert.True(first[i].Content.AsSpan().SequenceEqual(second[i].Content), $"{first[i].Path} differs between builds");
        }

        Assert.Equal(first.Select(f => f.Path).Order(StringComparer.Ordinal), first.Select(f => f.Path));
    }

    [Fact]
    public async Task Pages_rendered_in_parallel_equal_the_same_pages_rendered_one_at_a_time()
    {
        // BuildAll renders country and question pages on every core; a host renders one page on request.
        var builder = new SiteBuilder(SiteFixture.Real, SiteFixture.Options);
        var paths = SiteFixture.Real.Jurisdictions.Select(j => $"/countries/{j.Id}/")
            .Concat(SiteFixture.Real.Questions.Questions.Select(q => $"/questions/{q.Id}/"));
        foreach (var path in paths)
        {
            var alone = await builder.RenderPageAsync(path, SiteFixture.Today, new Dictionary<string, string>());
            Assert.Equal(alone, Encoding.UTF8.GetString(SiteFixture.RealSite.ByPath[path + "index.html"].Content));
        }
    }

    [Fact]
    public void The_site_has_every_page_and_file()
    {
        var paths = SiteFixture.RealSite.ByPath.Keys.ToHashSet();
        foreach (var expected in new[]
        {
            "/index.html", "/compare/index.html", "/search/index.html", "/about/index.html", "/help-wanted/index.html", "/downloads/index.html", "/404.html",
            "/feed.xml", "/sitemap.xml", "/assets/site.css", "/assets/search.js", "/downloads/comparison.csv", "/downloads/comparison.json",
        })
        {
            Assert.Contains(expected, paths);
        }

        Assert.All(SiteFixture.Real.Jurisdictions, j => Assert.Contains($"/countries/{j.Id}/index.html", paths));
        Assert.All(SiteFixture.Real.Questions.Questions, q => Assert.Contains($"/questions/{q.Id}/index.html", paths));
    }

    [Fact]
    public void Every_page_has_one_h1_a_language_a_title_and_a_canonical_link()
    {
        var titles = new HashSet<string>();
        foreach (var (path, html) in SiteFixture.RealSite.Pages)
        {
            Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.OrdinalIgnoreCase);
            Assert.Equal(1, Html.Tags(html).Count(t => t.StartsWith("<h1", StringComparison.Ordinal)));
            Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
            Assert.Contains("<meta charset=\"utf-8\">", html, StringComparison.Ordinal);
            Assert.Contains("name=\"viewport\"", html, StringComparison.Ordinal);
            var title = Html.Between(html, "<title>", "</title>");
            Assert.True(titles.Add(title), $"{path}: the title is not unique");
            Assert.Contains("<link rel=\"canonical\" href=\"https://comparison.example.org/", html, StringComparison.Ordinal);
            foreach (var og in new[] { "og:title", "og:description", "og:url", "og:type" })
            {
                Assert.Contains($"property=\"{og}\"", html, StringComparison.Ordinal);
            }

            foreach (var landmark in new[] { "<header", "<nav", "<main id=\"main\"", "<footer" })
            {
                Assert.Contains(landmark, html, StringComparison.Ordinal);
            }

            Assert.Contains($"Data version {SiteFixture.Real.Version} · built {SiteFixture.Today:yyyy-MM-dd}", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void No_inline_styles_or_inline_scripts_anywhere()
    {
        foreach (var (path, html) in SiteFixture.RealSite.Pages.Concat(SiteFixture.FictionalSite.Pages))
        {
            Assert.DoesNotContain("style", Html.AttributeNames(html));
            Assert.DoesNotContain(Html.Tags(html), t => t.StartsWith("<style", StringComparison.OrdinalIgnoreCase));
            foreach (var tag in Html.Tags(html).Where(t => t.StartsWith("<script", StringComparison.OrdinalIgnoreCase)))
            {
                Assert.Contains(" src=\"/assets/", tag, StringComparison.Ordinal);
                Assert.Contains(tag + "</script>", html, StringComparison.Ordinal);
            }

            Assert.DoesNotContain(Html.AttributeNames(html), n => n.StartsWith("on", StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public void Tables_have_captions_and_scoped_headers_and_inputs_have_labels()
    {
        foreach (var (path, html) in SiteFixture.RealSite.Pages)
        {
            var tables = Html.Tags(html).Count(t => t.StartsWith("<table", StringComparison.Ordinal));
            Assert.Equal(tables, Html.Tags(html).Count(t => t.StartsWith("<caption", StringComparison.Ordinal)));
            Assert.All(Html.Tags(html).Where(t => t.StartsWith("<th", StringComparison.Ordinal) && !t.StartsWith("<thead", StringComparison.Ordinal)),
                th => Assert.Contains(" scope=\"", th, StringComparison.Ordinal));
            var labelled = Html.Attribute(html, "for").ToHashSet();
            foreach (var input in Html.Tags(html).Where(t => t.StartsWith("<input", StringComparison.Ordinal) && !t.Contains("type=\"hidden\"", StringComparison.Ordinal)))
            {
                var id = Html.Attribute(input, "id").Single();
                Assert.True(labelled.Contains(id), $"{path}: input {id} has no label");
            }
        }
    }

    [Fact]
    public void The_sitemap_lists_every_page_and_the_feed_parses()
    {
        var site = SiteFixture.RealSite;
        var sitemap = XDocument.Parse(Encoding.UTF8.GetString(site.ByPath["/sitemap.xml"].Content));
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var locs = sitemap.Descendants(ns + "loc").Select(l => l.Value).ToHashSet();
        var pages = site.Pages.Where(p => p.Path != "/404.html").Select(p => "https://comparison.example.org" + p.Path[..^"index.html".Length]).ToHashSet();
        Assert.Equal(pages.Order(), locs.Order());

        var feed = XDocument.Parse(Encoding.UTF8.GetString(site.ByPath["/feed.xml"].Content));
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var entries = feed.Root!.Elements(atom + "entry").ToList();
        Assert.NotEmpty(entries);
        var updated = entries.Select(e => DateTimeOffset.Parse(e.Element(atom + "updated")!.Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(updated.OrderDescending(), updated);
        Assert.Equal(entries.Count, entries.Select(e => e.Element(atom + "id")!.Value).Distinct().Count());

        // Each entry links to a page and an anchor that exist; every jurisdiction's review is an entry.
        var ids = site.Pages.ToDictionary(p => p.Path, p => Html.Ids(p.Html));
        foreach (var href in entries.Select(e => e.Element(atom + "link")!.Attribute("href")!.Value))
        {
            var (file, fragment) = LinkTests.Resolve("/", href["https://comparison.example.org".Length..]);
            Assert.True(ids.ContainsKey(file!), href);
            Assert.Contains(fragment!, ids[file!]);
        }

        Assert.All(SiteFixture.Real.Jurisdictions, j => Assert.Contains(entries, e => e.Element(atom + "link")!.Attribute("href")!.Value.EndsWith($"/countries/{j.Id}/#review", StringComparison.Ordinal)));
        Assert.Contains(entries, e => e.Element(atom + "link")!.Attribute("href")!.Value.EndsWith("/countries/nl/#minor-purchase-offence", StringComparison.Ordinal)
            && e.Element(atom + "updated")!.Value.StartsWith("2000-10-01", StringComparison.Ordinal));
    }

    [Fact]
    public void Downloads_are_the_dataset_as_of_the_build_date()
    {
        var site = SiteFixture.RealSite;
        var csv = site.ByPath["/downloads/comparison.csv"].Content;
        Assert.Equal(Comparison.Site.Exports.DatasetExport.Csv(SiteFixture.Real, SiteFixture.Today), csv);
        using var json = System.Text.Json.JsonDocument.Parse(site.ByPath["/downloads/comparison.json"].Content);
        Assert.Equal(SiteFixture.Real.Version, json.RootElement.GetProperty("dataVersion").GetString());
        var page = site.Page("/downloads/index.html");
        Assert.Contains("href=\"/downloads/comparison.csv\"", page, StringComparison.Ordinal);
        Assert.Contains(SiteFixture.Real.Version, page, StringComparison.Ordinal);
        // The page gives each file's size, in the unit that fits it, as built.
        var shown = System.Text.RegularExpressions.Regex.Match(page, @"comparison\.csv</a>: spreadsheet \(CSV, UTF-8, RFC 4180\), ([0-9.]+) (bytes|KB|MB)</li>");
        Assert.True(shown.Success, "the downloads page shows the CSV's size");
        var factor = shown.Groups[2].Value switch { "KB" => 1024.0, "MB" => 1024.0 * 1024.0, _ => 1.0 };
        var stated = double.Parse(shown.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) * factor;
        var rounding = factor * (shown.Groups[2].Value == "MB" ? 0.05 : 0.5); // MB has one decimal, KB none
        Assert.InRange(csv.Length, stated - rounding - 1, stated + rounding + 1);
    }

    [Fact]
    public void A_banner_is_an_alert_on_every_page()
    {
        var options = SiteFixture.Options with { Banner = ["Maintenance tonight <b>21:00</b>"] };
        var files = new SiteBuilder(SiteFixture.Fictional, options).BuildAll();
        foreach (var file in files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)))
        {
            var html = Encoding.UTF8.GetString(file.Content);
            Assert.Contains("<div class=\"banner\" role=\"alert\"><ul><li>Maintenance tonight &lt;b&gt;21:00&lt;/b&gt;</li></ul></div>", html, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("role=\"alert\"", SiteFixture.FictionalSite.Page("/index.html"), StringComparison.Ordinal);
    }
}
