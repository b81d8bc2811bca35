using Comparison.Content.Loading;
using Comparison.Content.Model;

namespace Comparison.Testing;

/// <summary>
/// Content folders for tests: the real questions and instruments with a test project's own
/// fictional jurisdictions, or the real content. Linked into every test project.
/// </summary>
internal static class TestContent
{
    /// <summary>A temporary folder with the real catalogs and every *.yaml of <paramref name="countriesFolder"/> as countries.</summary>
    public static string CopyWithCountries(string countriesFolder)
    {
        var directory = Path.Combine(Path.GetTempPath(), "comparison-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(directory, "countries"));
        foreach (var file in new[] { "questions.yaml", "instruments.yaml" })
        {
            File.Copy(Path.Combine(RepositoryRoot.Content, file), Path.Combine(directory, file));
        }

        foreach (var file in Directory.EnumerateFiles(countriesFolder, "*.yaml"))
        {
            File.Copy(file, Path.Combine(directory, "countries", Path.GetFileName(file)));
        }

        return directory;
    }

    /// <summary>Loads the real catalogs with the fictional jurisdictions of <paramref name="countriesFolder"/>.</summary>
    public static ContentSet LoadWithCountries(string countriesFolder)
    {
        var directory = CopyWithCountries(countriesFolder);
        try
        {
            var result = new ContentLoader().Load(directory);
            return result.Content ?? throw new InvalidOperationException(string.Join(Environment.NewLine, result.Diagnostics));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>The repository's content; the tests fail loudly if it does not validate.</summary>
    public static ContentSet LoadReal() =>
        new ContentLoader().Load(RepositoryRoot.Content).Content
        ?? throw new InvalidOperationException("the repository content does not validate");
}
