using Comparison.Content.AsOf;
using Comparison.Content.Coverage;
using Comparison.Content.Diagnostics;

namespace Comparison.Content.Tests.Validation.Rules;

/// <summary>
/// An answer's <c>checked</c> date says a second reader compared it with its primary texts: it is
/// allowed only on a known value that cites one, and it shows as reviewed in the coverage grid.
/// </summary>
public sealed class CheckedAnswerRuleTests : RuleTestBase
{
    private const string Penalty = "  minor-purchase-max-penalty:\n    value: 6\n";
    private const string CheckedPenalty = "  minor-purchase-max-penalty:\n    value: 6\n    checked: 2026-11-02\n";

    [Fact]
    public void Valid_content_passes() => AssertValidFixtureHasNone(DiagnosticCodes.Checked);

    [Fact]
    public void A_checked_answer_that_cites_quoted_provisions_is_valid_and_counts_as_reviewed()
    {
        Assert.Contains(Penalty, ValidFixture);
        var result = LoadJurisdiction(ValidFixture.Replace(Penalty, CheckedPenalty));
        Assert.DoesNotContain(result.Diagnostics, d => d.IsError);

        var zz = result.Content!.FindJurisdiction("zz")!;
        Assert.Equal(new DateOnly(2026, 11, 2), zz.Answers["minor-purchase-max-penalty"].Checked);
        Assert.Null(zz.Answers["minor-purchase-offence"].Checked);

        // The check covers the answer's history too, so an as-of date in the history carries it.
        Assert.Equal(new DateOnly(2026, 11, 2), AsOfResolver.Resolve("minor-purchase-max-penalty", zz.Answers["minor-purchase-max-penalty"], new DateOnly(2010, 1, 1)).Checked);

        var row = Assert.Single(CoverageReport.Of(result.Content).Rows);
        var questions = result.Content.Questions.Questions.Select(q => q.Id).ToList();
        Assert.Equal(CoverageState.Reviewed, row.Cells[questions.IndexOf("minor-purchase-max-penalty")]);
        Assert.Equal(CoverageState.Draft, row.Cells[questions.IndexOf("minor-purchase-offence")]);
    }

    [Fact]
    public void An_unknown_answer_cannot_be_checked()
    {
        const string unknown = "  reporter-immunity:\n    value: unknown\n";
        Assert.Contains(unknown, ValidFixture);
        var text = ValidFixture.Replace(unknown, unknown + "    checked: 2026-11-02\n");
        var error = Assert.Single(LoadJurisdiction(text).Diagnostics, d => d.Code == DiagnosticCodes.Checked);
        Assert.True(error.IsError);
        Assert.Equal((LineOf(text, "    checked: 2026-11-02"), 5), (error.Line, error.Column));
        Assert.Contains("'reporter-immunity' is unknown, so there is nothing to check", error.Message);
    }

    [Fact]
    public void A_checked_answer_resting_only_on_a_study_is_a_located_error()
    {
        // decoy-investigations cites only 'answer'; make that source a study instead of an official answer.
        const string decoy = "  decoy-investigations:\n    value: yes\n";
        var text = ValidFixture
            .Replace(decoy, decoy + "    checked: 2026-11-02\n")
            .Replace("    url: https://example.org/answer\n    kind: government-answer", "    url: https://example.org/answer\n    kind: study");
        Assert.Contains("kind: study", text);
        var error = Assert.Single(LoadJurisdiction(text).Diagnostics, d => d.Code == DiagnosticCodes.Checked);
        Assert.Equal(LineOf(text, "    checked: 2026-11-02"), error.Line);
        Assert.Contains("its current value cites no primary text", error.Message);

        // Resting on the official answer, the same check is valid.
        var official = ValidFixture.Replace(decoy, decoy + "    checked: 2026-11-02\n");
        Assert.DoesNotContain(LoadJurisdiction(official).Diagnostics, d => d.Code == DiagnosticCodes.Checked);
    }

    [Fact]
    public void A_history_entry_without_a_primary_text_is_reported_too()
    {
        // victim-services-offence: current value and history cite 'statute'; point the history at a study.
        const string history = "        summary: No offence before 2022.\n        sources: [statute]\n";
        Assert.Contains(history, ValidFixture);
        var text = ValidFixture
            .Replace("  victim-services-offence:\n    value: yes\n", "  victim-services-offence:\n    value: yes\n    checked: 2026-11-02\n")
            .Replace(history, "        summary: No offence before 2022.\n        sources: [study]\n")
            .Replace("sources:\n  - id: statute\n", "sources:\n  - id: study\n    title: A study\n    publisher: A university\n    url: https://example.org/study\n    kind: study\n  - id: statute\n");
        var error = Assert.Single(LoadJurisdiction(text).Diagnostics, d => d.Code == DiagnosticCodes.Checked);
        Assert.Contains("an entry of its history cites no primary text", error.Message);
    }

    [Fact]
    public void A_checked_date_in_the_future_or_off_the_calendar_is_an_error()
    {
        var future = LoadJurisdiction(ValidFixture.Replace(Penalty, Penalty + "    checked: 2999-01-01\n"));
        Assert.Contains(future.Diagnostics, d => d.Code == DiagnosticCodes.DateFuture && d.IsError);

        var impossible = LoadJurisdiction(ValidFixture.Replace(Penalty, Penalty + "    checked: 2026-02-30\n"));
        Assert.Contains(impossible.Diagnostics, d => d.Code == DiagnosticCodes.DateInvalid && d.IsError);
    }

    private static int LineOf(string text, string line) => Array.IndexOf(text.Split('\n'), line) + 1;
}
