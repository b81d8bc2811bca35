using System.Text;
using Comparison.Content.Loading;
using Comparison.Content.Model;

namespace Comparison.Site.Tests.Support;

/// <summary>Content for the site tests: the real catalogs with fictional jurisdictions, or the real content; each built once.</summary>
public static class SiteFixture
{
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>The build date every test uses: today, so the real content's dates are all in the past.</summary>
    public static SiteOptions Options { get; } = new("https://comparison.example.org", "/api/v1",
        new DateTimeOffset(DateTime.UtcNow.Date, TimeSpan.Zero));

    public static DateOnly Today { get; } = DateOnly.FromDateTime(Options.BuildDate.UtcDateTime);

    public static ContentSet Fictional { get; } = LoadFictional();

    public static ContentSet Real { get; } = new ContentLoader().Load(Path.Combine(RepositoryRoot, "content")).Content
        ?? throw new InvalidOperationException("the repository content does not validate");

    public static BuiltSite FictionalSite { get; } = new(new SiteBuilder(Fictional, Options).BuildAll());

    public static BuiltSite RealSite { get; } = new(new SiteBuilder(Real, Options).BuildAll());

    public static string CopyFictionalContent()
    {
        var directory = Path.Combine(Path.GetTempPath(), "comparison-site-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(directory, "countries"));
        foreach (var file in new[] { "questions.yaml", "instruments.yaml" })
        {
            File.Copy(Path.Combine(RepositoryRoot, "content", file), Path.Combine(directory, file));
        }

        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryRoot, "tests", "Comparison.Site.Tests", "TestData"), "*.yaml"))
        {
            File.Copy(file, Path.Combine(directory, "countries", Path.GetFileName(file)));
        }

        return directory;
    }

    private static ContentSet LoadFictional()
    {
        var directory = CopyFictionalContent();
        var result = new ContentLoader().Load(directory);
        Directory.Delete(directory, recursive: true);
        return result.Content ?? throw new InvalidOperationException(string.Join(Environment.NewLine, result.Diagnostics));
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Comparison.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Comparison.sln not found");
    }
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
