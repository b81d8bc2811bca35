namespace Comparison.Testing;

/// <summary>
/// The repository folder, found from the test binary, so tests read the real content and
/// fixtures wherever the clone is. Linked into every test project.
/// </summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    public static string Content => System.IO.Path.Combine(Path, "content");

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Comparison.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Comparison.sln not found above the test binary");
    }
}
