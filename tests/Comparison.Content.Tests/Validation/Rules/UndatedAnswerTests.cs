using Comparison.Content.Diagnostics;

namespace Comparison.Content.Tests.Validation.Rules;

/// <summary>
/// An answer without since or history reads as the law of every date since 1 February 2008. When
/// every provision it cites came into force later, that reading is unsupported: a warning asks
/// for a since date and the earlier value as history.
/// </summary>
public sealed class UndatedAnswerTests : RuleTestBase
{
    private const string AgeLimit = "  minor-purchase-age-limit:\n    value: 18\n    summary: Up to 18.\n    provisions: [new-34, old-12a]\n";

    [Fact]
    public void Valid_content_passes() => AssertValidFixtureHasNone(DiagnosticCodes.Undated);

    [Fact]
    public void An_undated_answer_resting_only_on_a_provision_in_force_since_2024_is_a_located_warning()
    {
        Assert.Contains(AgeLimit, ValidFixture);
        var text = ValidFixture.Replace(AgeLimit, AgeLimit.Replace("[new-34, old-12a]", "[new-34]"));

        var result = LoadJurisdiction(text);

        var warning = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.Undated);
        Assert.False(warning.IsError);
        Assert.NotNull(result.Content);
        Assert.Equal((LineOf(text, "    value: 18", after: "  minor-purchase-age-limit:"), 12), (warning.Line, warning.Column));
        Assert.Contains("'minor-purchase-age-limit' has no 'since'", warning.Message);
        Assert.Contains("the earliest on 2024-07-01", warning.Message);
    }

    [Fact]
    public void A_since_date_or_a_provision_in_force_since_2008_answers_it()
    {
        var undated = ValidFixture.Replace(AgeLimit, AgeLimit.Replace("[new-34, old-12a]", "[new-34]"));
        var dated = undated.Replace("    value: 18\n    summary: Up to 18.", "    value: 18\n    since: 2024-07-01\n    summary: Up to 18.");
        Assert.NotEqual(undated, dated);
        Assert.DoesNotContain(LoadJurisdiction(dated).Diagnostics, d => d.Code == DiagnosticCodes.Undated);
        Assert.DoesNotContain(LoadJurisdiction(ValidFixture).Diagnostics, d => d.Code == DiagnosticCodes.Undated);
    }

    [Fact]
    public void A_not_applicable_or_unknown_answer_is_not_asked_for_a_date()
    {
        var text = ValidFixture
            .Replace(AgeLimit, "  minor-purchase-age-limit:\n    value: unknown\n    summary: Not established.\n    provisions: [new-34]\n");
        Assert.DoesNotContain(LoadJurisdiction(text).Diagnostics, d => d.Code == DiagnosticCodes.Undated);
    }
}
