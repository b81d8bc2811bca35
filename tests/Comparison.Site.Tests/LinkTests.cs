using Comparison.Site.Tests.Support;

namespace Comparison.Site.Tests;

/// <summary>Every link inside the site reaches a built file, and every #anchor an element on that page.</summary>
public class LinkTests
{
    public static TheoryData<string> Sites => ["fictional", "real"];

    [Theory]
    [MemberData(nameof(Sites))]
    public void Every_internal_link_resolves(string which)
    {
        var site = which == "real" ? SiteFixture.RealSite : SiteFixture.FictionalSite;
        var ids = site.Pages.ToDictionary(p => p.Path, p => Html.Ids(p.Html), StringComparer.Ordinal);
        var broken = new List<string>();
        foreach (var (path, html) in site.Pages)
        {
            foreach (var link in Html.Attribute(html, "href").Concat(Html.Attribute(html, "src")).Concat(Html.Attribute(html, "action")))
            {
                var (target, fragment) = Resolve(path, link);
                if (target is null)
                {
                    continue;
                }

                if (!site.ByPath.ContainsKey(target))
                {
                    broken.Add($"{path}: {link} (no file {target})");
                }
                else if (fragment is not null && (!ids.TryGetValue(target, out var targetIds) || !targetIds.Contains(fragment)))
                {
                    broken.Add($"{path}: {link} (no id \"{fragment}\" on {target})");
                }
            }
        }

        Assert.True(broken.Count == 0, string.Join(Environment.NewLine, broken.Take(30)));
    }

    [Fact]
    public void The_map_links_each_party_and_the_uk_markers_to_their_answers()
    {
        var home = SiteFixture.RealSite.Page("/index.html");
        Assert.Contains("href=\"/countries/nl/#minor-purchase-offence\" aria-label=\"Netherlands: ", home, StringComparison.Ordinal);
        foreach (var id in new[] { "gb-eaw", "gb-sct", "gb-nir" })
        {
            Assert.Matches($"<a href=\"/countries/{id}/#minor-purchase-offence\" aria-label=\"[^\"]+: [^\"]+\"><title>[^<]+</title><circle class=\"marker v-", home);
        }

        Assert.Contains("<path class=\"neutral\"", home, StringComparison.Ordinal);
        Assert.Contains("<path class=\"ctx\"", home, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/countries/gb/", home, StringComparison.Ordinal);
    }

    /// <summary>Same-site links only ("/..." or "#..."); the file they land on and the fragment.</summary>
    internal static (string? File, string? Fragment) Resolve(string pagePath, string link)
    {
        if (link.StartsWith('#'))
        {
            return link.Length == 1 ? (null, null) : (pagePath, Uri.UnescapeDataString(link[1..]));
        }

        if (!link.StartsWith('/') || link.StartsWith("//", StringComparison.Ordinal))
        {
            return (null, null);
        }

        var fragmentAt = link.IndexOf('#', StringComparison.Ordinal);
        var fragment = fragmentAt >= 0 ? link[(fragmentAt + 1)..] : null;
        var path = (fragmentAt >= 0 ? link[..fragmentAt] : link).Split('?')[0];
        return (path.EndsWith('/') ? path + "index.html" : path, fragment);
    }
}
