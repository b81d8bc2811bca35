namespace Comparison.Site;

/// <summary>
/// What the host tells the site: where it is published (canonical links, the feed, the sitemap),
/// where the search API lives (for the progressive search script), the build date (the "today"
/// every page answers for) and an optional notice shown on every page.
/// </summary>
public sealed record SiteOptions(string CanonicalBaseUrl, string ApiBaseUrl, DateTimeOffset BuildDate, IReadOnlyList<string>? Banner = null);

/// <summary>One file of the built site: a path from the site root ("/countries/nl/index.html"), its bytes and type.</summary>
public sealed record SiteFile(string Path, byte[] Content, string ContentType);

/// <summary>A search results page, filled by the host from its index.</summary>
public sealed record SearchPageModel(
    string Query,
    DateOnly? AsOf,
    int Total,
    int Page,
    int PageSize,
    IReadOnlyList<SearchPageHit> Hits,
    IReadOnlyList<SearchFacet> Facets,
    string? Error);

/// <summary>One hit; <see cref="SnippetsHtml"/> is already HTML-escaped and may contain &lt;mark&gt;.</summary>
public sealed record SearchPageHit(
    string Title,
    string Permalink,
    string Kind,
    string JurisdictionName,
    string? Value,
    IReadOnlyList<string> SnippetsHtml);

/// <summary>A facet with its values: the value, what to show, how many hits, and the link that filters by it.</summary>
public sealed record SearchFacet(string Name, IReadOnlyList<(string Value, string Label, int Count, string Href)> Values);
