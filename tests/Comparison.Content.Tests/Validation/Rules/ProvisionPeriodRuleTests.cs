using Comparison.Content.Diagnostics;

namespace Comparison.Content.Tests.Validation.Rules;

/// <summary>
/// An answer's provisions must be in force in its own period: the current value's first day, a
/// history entry's last day. Otherwise the "as of" view shows a value next to texts that did not
/// apply then; that is a located warning.
/// </summary>
public sealed class ProvisionPeriodRuleTests : RuleTestBase
{
    private const string Penalty =
        "  minor-purchase-max-penalty:\n    value: 6\n    since: 2024-07-01\n    summary: Six years.\n    provisions: [new-34]\n    sources: [statute]\n"
        + "    history:\n      - value: 4\n        from: 2002-10-01\n        until: 2024-06-30\n        summary: Four years under the old article.\n        provisions: [old-12a]\n";

    [Fact]
    public void Valid_content_passes()
    {
        Assert.Contains(Penalty, ValidFixture);
        AssertValidFixtureHasNone(DiagnosticCodes.ProvisionPeriod);
    }

    [Fact]
    public void A_current_value_citing_only_the_repealed_article_is_a_warning_at_its_since()
    {
        var text = ValidFixture.Replace(Penalty, Penalty.Replace("    provisions: [new-34]\n", "    provisions: [old-12a]\n"));

        var result = LoadJurisdiction(text);

        var warning = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.ProvisionPeriod);
        Assert.False(warning.IsError);
        Assert.NotNull(result.Content);
        Assert.Equal(LineOf(text, "    since: 2024-07-01", after: "  minor-purchase-max-penalty:"), warning.Line);
        Assert.Contains("'old-12a' 2002-10-01 to 2024-06-30", warning.Message);
        Assert.Contains("is in force on 2024-07-01, the day its value starts", warning.Message);
    }

    [Fact]
    public void A_history_entry_citing_only_the_later_article_is_a_warning_at_its_until()
    {
        var text = ValidFixture.Replace(Penalty, Penalty.Replace("        provisions: [old-12a]\n", "        provisions: [new-34]\n"));

        var warning = Assert.Single(LoadJurisdiction(text).Diagnostics, d => d.Code == DiagnosticCodes.ProvisionPeriod);

        Assert.Equal(LineOf(text, "        until: 2024-06-30", after: "  minor-purchase-max-penalty:"), warning.Line);
        Assert.Contains("in force on 2024-06-30, the last day it covers", warning.Message);
    }

    [Fact]
    public void Citing_both_wordings_satisfies_both_periods()
    {
        var text = ValidFixture.Replace(Penalty, Penalty
            .Replace("    provisions: [new-34]\n", "    provisions: [old-12a, new-34]\n")
            .Replace("        provisions: [old-12a]\n", "        provisions: [new-34, old-12a]\n"));
        Assert.NotEqual(ValidFixture, text);
        Assert.DoesNotContain(LoadJurisdiction(text).Diagnostics, d => d.Code == DiagnosticCodes.ProvisionPeriod);
    }
}
