namespace Comparison.Content.Tests.Support;

/// <summary>Finds the repository from the test binary, so tests read the real content and fixtures.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Content => Path.Combine(Root, "content");

    public static string TestData => Path.Combine(Root, "tests", "Comparison.Content.Tests", "TestData");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Comparison.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Comparison.sln not found above the test binary");
    }
}
