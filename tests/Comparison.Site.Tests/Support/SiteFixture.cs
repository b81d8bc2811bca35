using System.Text;
using Comparison.Content.Loading;
using Comparison.Content.Model;

namespace Comparison.Site.Tests.Support;

/// <summary>Content for the site tests: the real catalogs with fictional jurisdictions, or the real content; each built once.</summary>
public static class SiteFixture
{
    public static string RepositoryRoot => Comparison.Testing.RepositoryRoot.Path;

    /// <summary>The build date every test uses: today, so the real content's dates are all in the past.</summary>
    public static SiteOptions Options { get; } = new("https://comparison.example.org", "/api/v1",
        new DateTimeOffset(DateTime.UtcNow.Date, TimeSpan.Zero));

    public static DateOnly Today { get; } = DateOnly.FromDateTime(Options.BuildDate.UtcDateTime);

    public static ContentSet Fictional { get; } = Comparison.Testing.TestContent.LoadWithCountries(FictionalCountries);

    public static ContentSet Real { get; } = Comparison.Testing.TestContent.LoadReal();

    public static BuiltSite FictionalSite { get; } = new(new SiteBuilder(Fictional, Options).BuildAll());

    public static BuiltSite RealSite { get; } = new(new SiteBuilder(Real, Options).BuildAll());

    public static string CopyFictionalContent() => Comparison.Testing.TestContent.CopyWithCountries(FictionalCountries);

    private static string FictionalCountries => Path.Combine(RepositoryRoot, "tests", "Comparison.Site.Tests", "TestData");
}

/// <summary>A built site, with its HTML pages as text.</summary>
public sealed class BuiltSite(IReadOnlyList<SiteFile> files)
{
    public IReadOnlyList<SiteFile> Files { get; } = files;

    public IReadOnlyDictionary<string, SiteFile> ByPath { get; } = files.ToDictionary(f => f.Path, StringComparer.Ordinal);

    public IEnumerable<(string Path, string Html)> Pages =>
        Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)).Select(f => (f.Path, Encoding.UTF8.GetString(f.Content)));

    public string Page(string path) => Encoding.UTF8.GetString(ByPath[path].Content);
}
