using System.Globalization;
using System.Xml.Linq;
using Comparison.Content.Model;
using Comparison.Site.Building;

namespace Comparison.Site.Feeds;

/// <summary>
/// The Atom feed of content changes: one entry per date an answer changed (an earlier value's
/// start, a current value's <c>since</c>) and per review, newest first, each linking to its anchor.
/// </summary>
public static class AtomFeed
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    public static byte[] Build(SiteContext site)
    {
        var entries = new List<(DateOnly Date, string Id, string Title, string Path, string Summary)>();
        foreach (var jurisdiction in site.Jurisdictions)
        {
            foreach (var item in TimelineEntry.Of(jurisdiction, site.Content.Questions))
            {
                var path = SiteUrls.Answer(jurisdiction.Id, item.Question.Id);
                entries.Add((item.Date, $"{jurisdiction.Id}/{item.Question.Id}/{SiteContext.Date(item.Date)}/{(item.IsCurrent ? "current" : "earlier")}",
                    $"{jurisdiction.Name}: {item.Question.Title}: {item.Word.Word}", path,
                    $"{jurisdiction.Name}, {item.Question.Title}: {item.Word.Word}, {item.Note.Replace("this date", SiteContext.Date(item.Date), StringComparison.Ordinal)}."));
            }

            var review = jurisdiction.Review;
            entries.Add((review.LastReviewed, $"{jurisdiction.Id}/review/{SiteContext.Date(review.LastReviewed)}",
                $"{jurisdiction.Name}: file {(review.Status == Review.Draft ? "updated (draft)" : "reviewed")}", $"{SiteUrls.Country(jurisdiction.Id)}#review",
                $"{jurisdiction.Name}: review status {review.Status}, last reviewed {SiteContext.Date(review.LastReviewed)}."));
        }

        var sorted = entries.OrderByDescending(e => e.Date).ThenBy(e => e.Id, StringComparer.Ordinal).ToList();
        var feed = new XElement(Atom + "feed",
            new XElement(Atom + "title", "Comparison: changes in the law and in the data"),
            new XElement(Atom + "subtitle", "Buying sex from minors, victims' services and CETS 197 Article 6 in the Parties to CETS 197"),
            new XElement(Atom + "id", site.Canonical(SiteUrls.Feed)),
            new XElement(Atom + "link", new XAttribute("rel", "self"), new XAttribute("href", site.Canonical(SiteUrls.Feed))),
            new XElement(Atom + "link", new XAttribute("href", site.Canonical(SiteUrls.Home))),
            new XElement(Atom + "updated", Timestamp(site.Today)),
            new XElement(Atom + "author", new XElement(Atom + "name", "Comparison contributors")),
            new XElement(Atom + "rights", "Content CC BY 4.0; translations unofficial"),
            sorted.Select(e => new XElement(Atom + "entry",
                new XElement(Atom + "id", site.Canonical(SiteUrls.Feed) + "#" + e.Id),
                new XElement(Atom + "title", e.Title),
                new XElement(Atom + "link", new XAttribute("href", site.Canonical(e.Path))),
                new XElement(Atom + "updated", Timestamp(e.Date)),
                new XElement(Atom + "summary", e.Summary))));
        return XmlBytes.Of(new XDocument(new XDeclaration("1.0", "utf-8", null), feed));
    }

    private static string Timestamp(DateOnly date) =>
        date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
