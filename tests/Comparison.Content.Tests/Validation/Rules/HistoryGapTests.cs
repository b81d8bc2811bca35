using Comparison.Content.Diagnostics;

namespace Comparison.Content.Tests.Validation.Rules;

/// <summary>A gap between history and the current value is a warning: the gap reads as unknown.</summary>
public sealed class HistoryGapTests : RuleTestBase
{    [Fact]
    public void Gap_between_history_and_since_is_a_warning_not_an_error()
    {
        var result = LoadJurisdiction(ValidFixture.Replace("    since: 2022-01-01\n    summary: An offence since 2022.", "    since: 2022-03-01\n    summary: An offence since 2022."));
        var warning = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.HistoryGap);
        Assert.Contains("2022-01-01 to 2022-02-28", warning.Message);
        Assert.NotNull(result.Content);
    }
}
