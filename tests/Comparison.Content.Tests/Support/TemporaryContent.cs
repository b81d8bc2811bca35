using Comparison.Content.Loading;
using Comparison.Content.Yaml;

namespace Comparison.Content.Tests.Support;

/// <summary>
/// A throw-away content folder: the real questions.yaml and instruments.yaml plus the
/// jurisdiction files a test puts in it. Deleted on dispose.
/// </summary>
public sealed class TemporaryContent : IDisposable
{
    public TemporaryContent()
    {
        Directory = Path.Combine(Path.GetTempPath(), "comparison-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Path.Combine(Directory, ContentLayout.CountriesFolder));
        File.Copy(Path.Combine(RepositoryPaths.Content, ContentLayout.QuestionsFile), Path.Combine(Directory, ContentLayout.QuestionsFile));
        File.Copy(Path.Combine(RepositoryPaths.Content, ContentLayout.InstrumentsFile), Path.Combine(Directory, ContentLayout.InstrumentsFile));
    }

    public string Directory { get; }

    public string CountryPath(string fileName) => Path.Combine(Directory, ContentLayout.CountriesFolder, fileName);

    public TemporaryContent WithCountry(string fileName, string text)
    {
        File.WriteAllText(CountryPath(fileName), text);
        return this;
    }

    public TemporaryContent WithCountryBytes(string fileName, byte[] bytes)
    {
        File.WriteAllBytes(CountryPath(fileName), bytes);
        return this;
    }

    public LoadResult Load(YamlLimits? limits = null) =>
        new ContentLoader(limits ?? YamlLimits.Default, FixedClock.Default).Load(Directory);

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; never fail a test on clean-up.
        }
    }
}
