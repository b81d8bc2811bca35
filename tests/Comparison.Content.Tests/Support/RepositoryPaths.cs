namespace Comparison.Content.Tests.Support;

/// <summary>Where the tests find the real content and their fixtures.</summary>
public static class RepositoryPaths
{
    public static string Root => Comparison.Testing.RepositoryRoot.Path;

    public static string Content => Comparison.Testing.RepositoryRoot.Content;

    public static string TestData => Path.Combine(Root, "tests", "Comparison.Content.Tests", "TestData");
}
