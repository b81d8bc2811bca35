using Comparison.Content.Model;
using Comparison.Site.Tests.Support;

namespace Comparison.Site.Tests;

/// <summary>
/// Script in every plain-text field of a jurisdiction, and dangerous Markdown in its summaries,
/// comes out of the build as inert text. The content is built in code, past the validator, so the
/// site's own escaping is what is tested.
/// </summary>
public class HostileContentTests
{
    private const string Xss = "<script>alert('x')</script><img src=x onerror=alert(1)>\"'><svg onload=alert(2)>";

    private static readonly string[] HostileMarkdown =
    [
        "[click](javascript:alert(1))",
        "![x](https://x.example/y.png)",
        "[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "<script>alert(3)</script> and <a href=\"javascript:alert(4)\" onclick=\"alert(5)\">raw</a>",
        "[vb](vbscript:msgbox(1)) [rel](//evil.example/x) <javascript:alert(6)>",
    ];

    private static readonly BuiltSite Site = Build();

    [Fact]
    public void No_script_element_but_the_sites_own()
    {
        foreach (var (path, html) in Site.Pages)
        {
            var scripts = Html.Tags(html).Where(t => t.StartsWith("<script", StringComparison.OrdinalIgnoreCase)).ToList();
            Assert.All(scripts, tag => Assert.Equal("<script src=\"/assets/search.js\" defer>", tag));
            Assert.DoesNotContain("<svg onload", html, StringComparison.OrdinalIgnoreCase);
            Assert.True(path == "/search/index.html" || scripts.Count == 0, $"{path} has a script");
        }
    }

    [Fact]
    public void No_event_handler_attributes()
    {
        foreach (var (path, html) in Site.Pages)
        {
            var handlers = Html.AttributeNames(html).Where(n => n.StartsWith("on", StringComparison.OrdinalIgnoreCase)).ToList();
            Assert.True(handlers.Count == 0, $"{path}: {string.Join(", ", handlers)}");
        }
    }

    [Fact]
    public void No_dangerous_urls_and_no_third_party_images()
    {
        foreach (var (path, html) in Site.Pages)
        {
            var urls = Html.Attribute(html, "href").Concat(Html.Attribute(html, "src")).Concat(Html.Attribute(html, "action")).ToList();
            Assert.DoesNotContain(urls, u => u.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase));
            Assert.DoesNotContain(urls, u => u.TrimStart().StartsWith("data:", StringComparison.OrdinalIgnoreCase));
            Assert.DoesNotContain(urls, u => u.TrimStart().StartsWith("vbscript:", StringComparison.OrdinalIgnoreCase));
            Assert.DoesNotContain(urls, u => u.StartsWith("//", StringComparison.Ordinal));
            Assert.DoesNotContain(Html.Tags(html), t => t.StartsWith("<img", StringComparison.OrdinalIgnoreCase) || t.StartsWith("<iframe", StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public void The_hostile_text_is_shown_escaped()
    {
        var page = Site.Page("/countries/zx/index.html");
        Assert.Contains("&lt;script&gt;alert(", page, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", page, StringComparison.Ordinal);

        // Every field made it to the page (escaped), so each was tested.
        foreach (var marker in new[] { "NAME", "NATIVE", "CITATION", "PTITLE", "PTEXT", "PTRANS", "STITLE", "SPUB", "NOTES" })
        {
            Assert.Contains($"{marker}&lt;script&gt;", page, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Hostile_text_is_inert_in_the_matrix_feed_and_search_results()
    {
        Assert.Contains("NAME&lt;script&gt;", Site.Page("/index.html"), StringComparison.Ordinal);
        var feed = System.Text.Encoding.UTF8.GetString(Site.ByPath["/feed.xml"].Content);
        Assert.DoesNotContain("<script", feed, StringComparison.Ordinal);
        _ = System.Xml.Linq.XDocument.Parse(feed);

        var builder = new SiteBuilder(Hostile(), SiteFixture.Options);
        var html = await builder.RenderSearchPageAsync(new SearchPageModel(Xss, null, 1, 1, 20,
            [new SearchPageHit(Xss, "/countries/zx/#minor-purchase-offence", Xss, Xss, Xss, ["a &lt;b&gt; <mark>c</mark>"])],
            [new SearchFacet(Xss, [(Xss, Xss, 1, "/search/?q=x&kind=" + Xss)])], null));
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("<mark>c</mark>", html, StringComparison.Ordinal);
        Assert.DoesNotContain(Html.AttributeNames(html), n => n.StartsWith("on", StringComparison.OrdinalIgnoreCase));
    }

    private static BuiltSite Build()
    {
        var content = Hostile();
        return new BuiltSite(new SiteBuilder(content, SiteFixture.Options).BuildAll());
    }

    private static ContentSet Hostile()
    {
        var zz = SiteFixture.Fictional.FindJurisdiction("zz")!;
        var provisions = zz.Provisions.Select(p => p with
        {
            Citation = "CITATION" + Xss,
            Title = "PTITLE" + Xss,
            Text = "PTEXT" + Xss,
            Translation = "PTRANS" + Xss,
            Language = "nl\" onmouseover=\"alert(7)",
            Url = "javascript:alert(8)",
        }).ToList();
        var sources = zz.Sources.Select(s => s with { Title = "STITLE" + Xss, Publisher = "SPUB" + Xss, Url = "javascript:alert(9)" }).ToList();
        var answers = zz.Answers.ToDictionary(
            pair => pair.Key,
            pair => pair.Value with
            {
                Summary = string.Join("\n\n", HostileMarkdown),
                History = pair.Value.Earlier.Select(h => h with { Summary = HostileMarkdown[0] }).ToList(),
            });
        var hostile = zz with
        {
            Id = "zx",
            Iso = "ZX",
            Name = "NAME" + Xss,
            NativeName = "NATIVE" + Xss,
            State = "STATE" + Xss,
            Languages = ["nl\"><script>alert(10)</script>"],
            Provisions = provisions,
            Sources = sources,
            Answers = answers,
            Review = zz.Review with { Notes = "NOTES" + Xss },
            Cets197 = zz.Cets197 with { Greta = [new GretaReport(1, 2014, "SYM" + Xss, "javascript:alert(11)")] },
        };
        return SiteFixture.Fictional with { Jurisdictions = [.. SiteFixture.Fictional.Jurisdictions, hostile] };
    }
}
