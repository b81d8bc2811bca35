using Comparison.Content.Tests.Support;

namespace Comparison.Content.Tests.Validation;

/// <summary>
/// What every rule test checks: each invalid fixture yields exactly its expected errors at
/// their positions (and no others), and the valid fixture yields none of the rule's codes.
/// </summary>
public abstract class RuleTestBase
{
    /// <summary>The valid fictional jurisdiction, as text, for tests that edit one line of it.</summary>
    protected static readonly string ValidFixture = File.ReadAllText(Path.Combine(RepositoryPaths.TestData, "valid", "zz.yaml"));

    /// <summary>Loads the real catalogs with one jurisdiction file made of <paramref name="text"/>.</summary>
    protected static Comparison.Content.Loading.LoadResult LoadJurisdiction(string text)
    {
        using var content = new TemporaryContent().WithCountry("zz.yaml", text);
        return content.Load();
    }

    /// <summary>The 1-based line of <paramref name="line"/>, searching from the line <paramref name="after"/>.</summary>
    protected static int LineOf(string text, string line, string after)
    {
        var lines = text.Split('\n');
        var start = Array.IndexOf(lines, after);
        Assert.True(start >= 0, $"fixture has '{after}'");
        return Array.IndexOf(lines, line, start) + 1;
    }

    protected static void AssertFixtureReports(string fixtureName)
    {
        var fixture = Fixture.Load(fixtureName);
        Assert.NotEmpty(fixture.Expected);
        using var content = new TemporaryContent().WithCountry("zz.yaml", fixture.Text);
        var result = content.Load();

        var errors = result.Diagnostics.Where(d => d.IsError).Select(d => (d.Code, d.Line, d.Column)).ToList();
        foreach (var expected in fixture.Expected)
        {
            Assert.True(errors.Contains(expected),
                $"{fixtureName}: expected {expected.Code} at {expected.Line}:{expected.Column}; got: "
                + string.Join("; ", result.Diagnostics.Where(d => d.IsError).Select(d => $"{d.Code} at {d.Line}:{d.Column} {d.Message}")));
        }

        var unexpected = errors.Except(fixture.Expected).ToList();
        Assert.True(unexpected.Count == 0,
            $"unexpected errors in {fixtureName}: " + string.Join("; ", result.Diagnostics.Where(d => d.IsError && unexpected.Contains((d.Code, d.Line, d.Column)))));
        Assert.Null(result.Content);
        Assert.All(result.Diagnostics, d => Assert.EndsWith("zz.yaml", d.File));
    }

    protected static void AssertValidFixtureHasNone(params string[] codes)
    {
        using var content = new TemporaryContent()
            .WithCountry("zz.yaml", File.ReadAllText(Path.Combine(RepositoryPaths.TestData, "valid", "zz.yaml")));
        var result = content.Load();
        Assert.DoesNotContain(result.Diagnostics, d => codes.Contains(d.Code));
        Assert.NotNull(result.Content);
    }
}
