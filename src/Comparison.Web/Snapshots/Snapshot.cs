using Comparison.Content.Model;
using Comparison.Search;
using Comparison.Site;
using Comparison.Web.Site;

namespace Comparison.Web.Snapshots;

/// <summary>
/// One complete build: content, its search index, its site, and when it was made. Never mutated;
/// <see cref="Errors"/> lists the problems of a later, broken edit while this build stays online.
/// </summary>
public sealed record Snapshot(ContentSet Content, SearchIndex Index, SiteSnapshot Site, DateTimeOffset BuiltAt, IReadOnlyList<string> Errors)
{
    public string Version => Content.Version;

    /// <summary>
    /// What a cached response depends on: the data version, and the errors shown in the banner
    /// (a broken edit changes every page without changing the data).
    /// </summary>
    public string CacheTag => Errors.Count == 0
        ? Version
        : $"{Version}-{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(string.Join('\n', Errors))))[..8]}";

    public static Snapshot Build(ContentSet content, TimeProvider clock, SiteHosting hosting, IReadOnlyList<string>? errors = null)
    {
        var now = clock.GetUtcNow();
        var site = new SiteSnapshot(content, new SiteOptions(hosting.CanonicalBaseUrl, hosting.ApiBaseUrl, now, errors is { Count: > 0 } ? errors : null));
        return new Snapshot(content, SearchIndex.Build(content), site, now, errors ?? []);
    }

    /// <summary>The same content and index, with the site re-rendered to show a broken edit's errors.</summary>
    public Snapshot WithErrors(IReadOnlyList<string> errors, TimeProvider clock, SiteHosting hosting)
    {
        var site = new SiteSnapshot(Content, new SiteOptions(hosting.CanonicalBaseUrl, hosting.ApiBaseUrl, clock.GetUtcNow(), errors.Count > 0 ? errors : null));
        return this with { Site = site, Errors = errors };
    }
}
