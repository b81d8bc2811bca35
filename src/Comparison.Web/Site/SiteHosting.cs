namespace Comparison.Web.Site;

/// <summary>Where the site is published and where its pages find the API.</summary>
public sealed record SiteHosting(string CanonicalBaseUrl, string ApiBaseUrl = "/api/v1")
{
    public static readonly SiteHosting Default = new("http://localhost:5080");
}
