using Comparison.Content.Model;

namespace Comparison.Search.Tests;

/// <summary>Loads content for the search tests: the real catalogs with fictional jurisdictions, or the real content.</summary>
public static class SearchFixture
{
    public static string RepositoryRoot => Comparison.Testing.RepositoryRoot.Path;

    public static ContentSet Fictional { get; } =
        Comparison.Testing.TestContent.LoadWithCountries(Path.Combine(RepositoryRoot, "tests", "Comparison.Search.Tests", "TestData"));

    public static ContentSet Real { get; } = Comparison.Testing.TestContent.LoadReal();

    public static SearchIndex FictionalIndex { get; } = SearchIndex.Build(Fictional);

    public static SearchIndex RealIndex { get; } = SearchIndex.Build(Real);
}
