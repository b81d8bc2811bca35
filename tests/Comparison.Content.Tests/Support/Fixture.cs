using System.Text.RegularExpressions;

namespace Comparison.Content.Tests.Support;

/// <summary>
/// A YAML fixture under TestData/invalid. Its trailing comments say what the validator must
/// report, and where: <c># expect: history-overlap at 87:16</c>. Comments at the end never
/// shift the lines they point at.
/// </summary>
public sealed partial record Fixture(string Name, string Text, IReadOnlyList<(string Code, int Line, int Column)> Expected)
{
    public static Fixture Load(string name)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.TestData, "invalid", name + ".yaml"));
        var expected = ExpectPattern().Matches(text)
            .Select(m => (m.Groups[1].Value, int.Parse(m.Groups[2].Value), int.Parse(m.Groups[3].Value)))
            .ToList();
        return new Fixture(name, text, expected);
    }

    /// <summary>Names of the invalid fixtures for a rule: files named &lt;code&gt;-*.yaml.</summary>
    public static TheoryData<string> NamesFor(params string[] codes)
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.EnumerateFiles(Path.Combine(RepositoryPaths.TestData, "invalid"), "*.yaml").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(path);
            if (codes.Any(code => name.StartsWith(code + "-", StringComparison.Ordinal)))
            {
                data.Add(name);
            }
        }

        return data;
    }

    [GeneratedRegex(@"^# expect: ([a-z0-9-]+) at (\d+):(\d+)$", RegexOptions.Multiline)]
    private static partial Regex ExpectPattern();
}
