namespace Comparison.Search.Querying;

/// <summary>One hit: what matched, where it lives on the site, and HTML-escaped snippets with &lt;mark&gt;.</summary>
public sealed record SearchHit(
    string Kind,
    string JurisdictionId,
    string JurisdictionName,
    string? QuestionId,
    string? ProvisionId,
    string? SourceId,
    string Title,
    string? Value,
    string Permalink,
    DateOnly? ValidFrom,
    DateOnly? ValidUntil,
    float Score,
    IReadOnlyList<string> Snippets);

public sealed record FacetCount(string Value, int Count);

/// <summary>Counts per facet over every hit of the query (not only the page shown).</summary>
public sealed record Facets(
    IReadOnlyList<FacetCount> Kind,
    IReadOnlyList<FacetCount> Country,
    IReadOnlyList<FacetCount> Question,
    IReadOnlyList<FacetCount> Value,
    IReadOnlyList<FacetCount> Group,
    IReadOnlyList<FacetCount> Membership);

public sealed record SearchResult(int Total, IReadOnlyList<SearchHit> Hits, Facets Facets, bool TimedOut);
