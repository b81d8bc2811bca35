using Comparison.Content.Diagnostics;
using Comparison.Content.Loading;
using Comparison.Content.Tests.Support;

namespace Comparison.Content.Tests.Validation.Rules;

/// <summary>
/// Follow-up questions (appliesWhen in questions.yaml) agree with the answer they follow: an age
/// limit is not-applicable exactly where there is no purchase offence.
/// </summary>
public sealed class AppliesWhenRuleTests : RuleTestBase
{
    [Fact]
    public void Valid_content_passes() => AssertValidFixtureHasNone(DiagnosticCodes.AppliesWhen);

    [Fact]
    public void The_real_questions_declare_the_follow_ups()
    {
        using var content = new TemporaryContent().WithCountry("zz.yaml", ValidFixture);
        var questions = content.Load().Content!.Questions;
        Assert.Equal("minor-purchase-offence", questions.Find("minor-purchase-age-limit")!.AppliesWhen!.Question);
        Assert.Equal("victim-services-offence", questions.Find("victim-services-knowledge")!.AppliesWhen!.Question);
        Assert.Equal(["yes", "partial"], questions.Find("reporter-immunity-conditions")!.AppliesWhen!.Values);
        Assert.Equal(["partial"], questions.Find("minor-purchase-max-penalty")!.AppliesWhen!.MayApplyValues);
        Assert.Empty(questions.Find("minor-purchase-age-limit")!.AppliesWhen!.MayApplyValues);
    }

    [Fact]
    public void A_follow_up_marked_not_applicable_where_it_applies_is_a_located_error()
    {
        var text = ValidFixture.Replace("  minor-purchase-age-limit:\n    value: 18", "  minor-purchase-age-limit:\n    value: not-applicable");
        var error = Assert.Single(LoadJurisdiction(text).Diagnostics, d => d.Code == DiagnosticCodes.AppliesWhen);
        Assert.True(error.IsError);
        Assert.Equal((LineOf(text, "    value: not-applicable", after: "  minor-purchase-age-limit:"), 12), (error.Line, error.Column));
        Assert.Contains("'minor-purchase-offence' is 'yes', so it applies", error.Message);
    }

    [Fact]
    public void A_follow_up_may_be_not_applicable_where_its_condition_says_it_may_apply()
    {
        // An offence that covers only children under 16 is partial, and it has no penalty for a
        // 16- or 17-year-old: questions.yaml declares mayApplyWhen: [partial] for that follow-up.
        var text = ValidFixture
            .Replace("  minor-purchase-offence:\n    value: yes", "  minor-purchase-offence:\n    value: partial")
            .Replace("  minor-purchase-max-penalty:\n    value: 6", "  minor-purchase-max-penalty:\n    value: not-applicable");
        Assert.Contains("  minor-purchase-offence:\n    value: partial", text);
        Assert.Contains("  minor-purchase-max-penalty:\n    value: not-applicable", text);
        Assert.DoesNotContain(LoadJurisdiction(text).Diagnostics, d => d.Code == DiagnosticCodes.AppliesWhen);

        var yes = text.Replace("  minor-purchase-offence:\n    value: partial", "  minor-purchase-offence:\n    value: yes");
        var error = Assert.Single(LoadJurisdiction(yes).Diagnostics, d => d.Code == DiagnosticCodes.AppliesWhen);
        Assert.Contains("'minor-purchase-offence' is 'yes', so it applies", error.Message);

        // Other follow-ups of a partial offence still apply: its age limit may not be not-applicable.
        var ageLimit = text.Replace("  minor-purchase-age-limit:\n    value: 18", "  minor-purchase-age-limit:\n    value: not-applicable");
        var ageError = Assert.Single(LoadJurisdiction(ageLimit).Diagnostics, d => d.Code == DiagnosticCodes.AppliesWhen);
        Assert.Contains("'minor-purchase-age-limit' is not-applicable, but 'minor-purchase-offence' is 'partial'", ageError.Message);
    }

    [Fact]
    public void A_follow_up_answered_where_it_does_not_apply_is_an_error()
    {
        var text = ValidFixture.Replace("  victim-services-offence:\n    value: yes", "  victim-services-offence:\n    value: \"no\"");
        var result = LoadJurisdiction(text);
        var error = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.AppliesWhen);
        Assert.True(error.IsError);
        Assert.Null(result.Content);
        Assert.Equal(LineOf(text, "    value: negligence", after: "  victim-services-knowledge:"), error.Line);
        Assert.Contains("'victim-services-knowledge' is 'negligence', but 'victim-services-offence' is 'no'", error.Message);
        Assert.Contains("make it not-applicable", error.Message);
    }

    [Fact]
    public void An_unknown_follow_up_where_it_does_not_apply_is_a_warning_only()
    {
        var text = ValidFixture
            .Replace("  victim-services-offence:\n    value: yes", "  victim-services-offence:\n    value: \"no\"")
            .Replace("  victim-services-knowledge:\n    value: negligence", "  victim-services-knowledge:\n    value: unknown");
        var result = LoadJurisdiction(text);
        var warning = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.AppliesWhen);
        Assert.False(warning.IsError);
        Assert.NotNull(result.Content);
    }

    [Fact]
    public void An_unknown_decisive_answer_decides_nothing()
    {
        // The valid fixture: reporter-immunity unknown, its conditions not-applicable.
        Assert.Contains("  reporter-immunity:\n    value: unknown", ValidFixture);
        var answered = ValidFixture.Replace("  reporter-immunity-conditions:\n    value: not-applicable", "  reporter-immunity-conditions:\n    value: answered");
        Assert.DoesNotContain(LoadJurisdiction(answered).Diagnostics, d => d.Code == DiagnosticCodes.AppliesWhen);
    }

    private const string KnowledgeSince = "  victim-services-knowledge:\n    value: negligence\n    since: 2022-01-01\n";

    private const string KnowledgeHistory =
        "    history:\n      - value: not-applicable\n        until: 2021-12-31\n        summary: There was no offence to know about before 2022.\n        sources: [statute]\n";

    [Fact]
    public void The_valid_fixture_dates_its_follow_up_to_the_offence_it_follows()
    {
        // victim-services-offence is "no" until 2021-12-31; its follow-up is not-applicable then.
        Assert.Contains(KnowledgeSince, ValidFixture);
        Assert.Contains(KnowledgeHistory, ValidFixture);
        Assert.Contains("      - value: no\n        until: 2021-12-31\n        summary: No offence before 2022.", ValidFixture);
    }

    [Fact]
    public void A_current_follow_up_that_also_covers_years_without_the_offence_is_a_located_error()
    {
        var text = ValidFixture
            .Replace(KnowledgeSince, "  victim-services-knowledge:\n    value: negligence\n")
            .Replace(KnowledgeHistory, "");
        Assert.DoesNotContain("There was no offence to know about", text);

        var result = LoadJurisdiction(text);

        var error = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.AppliesWhen);
        Assert.True(error.IsError);
        Assert.Null(result.Content);
        Assert.Equal(LineOf(text, "    value: negligence", after: "  victim-services-knowledge:"), error.Line);
        Assert.Contains("on 2008-02-01 'victim-services-knowledge' was 'negligence' (its current value) but 'victim-services-offence' was 'no' (its history)", error.Message);
        Assert.Contains("date the current value with since and add a not-applicable history entry", error.Message);
    }

    [Fact]
    public void A_history_entry_of_a_follow_up_that_contradicts_the_history_it_follows_is_located_at_that_entry()
    {
        var text = ValidFixture.Replace(KnowledgeHistory, KnowledgeHistory.Replace("value: not-applicable", "value: intent"));

        var error = Assert.Single(LoadJurisdiction(text).Diagnostics, d => d.Code == DiagnosticCodes.AppliesWhen);

        Assert.True(error.IsError);
        Assert.Equal((LineOf(text, "      - value: intent", after: "  victim-services-knowledge:"), 16), (error.Line, error.Column));
        Assert.Contains("on 2008-02-01 'victim-services-knowledge' was 'intent' (its history) but 'victim-services-offence' was 'no' (its history)", error.Message);
        Assert.Contains("make that history entry not-applicable", error.Message);
    }

    [Fact]
    public void A_not_applicable_history_entry_where_the_offence_then_existed_is_an_error()
    {
        var text = ValidFixture.Replace(
            "      - value: no\n        until: 2021-12-31\n        summary: No offence before 2022.",
            "      - value: partial\n        until: 2021-12-31\n        summary: A narrower offence before 2022.");

        var error = Assert.Single(LoadJurisdiction(text).Diagnostics, d => d.Code == DiagnosticCodes.AppliesWhen);

        Assert.True(error.IsError);
        Assert.Equal(LineOf(text, "      - value: not-applicable", after: "  victim-services-knowledge:"), error.Line);
        Assert.Contains("'victim-services-knowledge' was 'not-applicable' (its history) but 'victim-services-offence' was 'partial'", error.Message);
        Assert.Contains("answer it for that period", error.Message);
    }

    [Fact]
    public void A_period_without_the_offence_where_the_follow_up_records_nothing_is_a_warning()
    {
        var text = ValidFixture.Replace(KnowledgeHistory, "");

        var result = LoadJurisdiction(text);

        var warning = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.AppliesWhen);
        Assert.False(warning.IsError);
        Assert.NotNull(result.Content);
        Assert.Equal(LineOf(text, "    since: 2022-01-01", after: "  victim-services-knowledge:"), warning.Line);
        Assert.Contains("on 2008-02-01 'victim-services-offence' was 'no' (its history) and 'victim-services-knowledge' records nothing", warning.Message);
    }

    [Theory]
    [InlineData("{ question: reporter-imunity, values: [\"yes\", partial] }", DiagnosticCodes.UnknownReference, "'reporter-imunity' is not another question's id")]
    [InlineData("{ question: reporter-immunity-conditions, values: [\"yes\", partial] }", DiagnosticCodes.UnknownReference, "is not another question's id")]
    [InlineData("{ question: reporter-immunity, values: [\"yes\", maybe] }", DiagnosticCodes.ValueType, "'maybe' is not a value of 'reporter-immunity'")]
    [InlineData("{ question: reporter-immunity, values: [\"yes\"], mayApplyWhen: [maybe] }", DiagnosticCodes.ValueType, "'maybe' is not a value of 'reporter-immunity'")]
    public void A_bad_condition_in_questions_yaml_is_a_located_error(string condition, string code, string message)
    {
        using var content = new TemporaryContent().WithCountry("zz.yaml", ValidFixture);
        var questionsPath = Path.Combine(content.Directory, ContentLayout.QuestionsFile);
        var lines = File.ReadAllLines(questionsPath).ToList();
        var at = lines.FindIndex(l => l == "    appliesWhen: { question: reporter-immunity, values: [\"yes\", partial] }");
        Assert.True(at > 0, "questions.yaml makes reporter-immunity-conditions follow reporter-immunity");
        lines[at] = "    appliesWhen: " + condition;
        File.WriteAllLines(questionsPath, lines);

        var result = content.Load();

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(code, error.Code);
        Assert.EndsWith(ContentLayout.QuestionsFile, error.File);
        Assert.Equal(at + 1, error.Line);
        Assert.Contains(message, error.Message);
    }
}
