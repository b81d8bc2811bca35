using System.Xml.Linq;
using Comparison.Site.Building;

namespace Comparison.Site.Feeds;

/// <summary>The sitemap (sitemaps.org 0.9): every page's canonical address.</summary>
public static class Sitemap
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static byte[] Build(SiteContext site, IEnumerable<string> pagePaths) =>
        XmlBytes.Of(new XDocument(new XDeclaration("1.0", "utf-8", null),
            new XElement(Ns + "urlset",
                pagePaths.Order(StringComparer.Ordinal).Select(path => new XElement(Ns + "url",
                    new XElement(Ns + "loc", site.Canonical(path)),
                    new XElement(Ns + "lastmod", SiteContext.Date(site.Today)))))));
}
