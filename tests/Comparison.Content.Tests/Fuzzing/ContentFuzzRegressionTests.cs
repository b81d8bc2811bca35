using Comparison.Content.Diagnostics;
using Comparison.Content.Tests.Support;

namespace Comparison.Content.Tests.Fuzzing;

/// <summary>Cases the content fuzzer found, kept as plain tests so they never come back.</summary>
public sealed class ContentFuzzRegressionTests
{
    [Theory]
    [InlineData("-3.5e300")]
    [InlineData("1e999")]
    public void A_huge_number_where_text_is_required_is_a_schema_error(string number)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Content, "countries", "gb-eaw.yaml"))
            .Replace("\nstate: United Kingdom\n", $"\nstate: {number}\n", StringComparison.Ordinal);
        Assert.Contains($"state: {number}", text, StringComparison.Ordinal);
        using var content = new TemporaryContent().WithCountry("gb-eaw.yaml", text);
        var result = content.Load();
        Assert.Contains(result.Diagnostics, d => d.IsError && d.Code == DiagnosticCodes.Schema && d.File.EndsWith("countries/gb-eaw.yaml", StringComparison.Ordinal));
    }
}
