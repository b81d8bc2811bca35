using Comparison.Content.Diagnostics;

namespace Comparison.Content.Tests.Validation.Rules;

/// <summary>A source or provision no answer cites is a warning.</summary>
public sealed class UnusedEntriesRuleTests : RuleTestBase
{    [Fact]
    public void Uncited_source_is_a_warning()
    {
        var result = LoadJurisdiction(ValidFixture.Replace("sources:\n  - id: statute", "sources:\n  - id: spare\n    title: Spare\n    publisher: P\n    url: https://example.org/spare\n    kind: study\n  - id: statute"));
        var warning = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.UnusedEntry);
        Assert.Contains("spare", warning.Message);
    }
}
