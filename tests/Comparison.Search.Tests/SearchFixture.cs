using Comparison.Content.Loading;
using Comparison.Content.Model;

namespace Comparison.Search.Tests;

/// <summary>Loads content for the search tests: the real catalogs with fictional jurisdictions, or the real content.</summary>
public static class SearchFixture
{
    public static string RepositoryRoot => Comparison.Testing.RepositoryRoot.Path;

    public static ContentSet Fictional { get; } = LoadFictional();

    public static ContentSet Real { get; } = new ContentLoader().Load(Path.Combine(RepositoryRoot, "content")).Content
        ?? throw new InvalidOperationException("the repository content does not validate");

    public static SearchIndex FictionalIndex { get; } = SearchIndex.Build(Fictional);

    public static SearchIndex RealIndex { get; } = SearchIndex.Build(Real);

    private static ContentSet LoadFictional()
    {
        var directory = Path.Combine(Path.GetTempPath(), "comparison-search-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(directory, "countries"));
        foreach (var file in new[] { "questions.yaml", "instruments.yaml" })
        {
            File.Copy(Path.Combine(RepositoryRoot, "content", file), Path.Combine(directory, file));
        }

        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryRoot, "tests", "Comparison.Search.Tests", "TestData"), "*.yaml"))
        {
            File.Copy(file, Path.Combine(directory, "countries", Path.GetFileName(file)));
        }

        var result = new ContentLoader().Load(directory);
        Directory.Delete(directory, recursive: true);
        return result.Content ?? throw new InvalidOperationException(string.Join(Environment.NewLine, result.Diagnostics));
    }
}
