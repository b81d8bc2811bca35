using Comparison.Content.AsOf;
using Comparison.Content.Diagnostics;

namespace Comparison.Content.Tests.Validation.Rules;

/// <summary>
/// <c>sinceBasis: earliest-text</c> marks a <c>since</c> that is only the date of the earliest text
/// read, not the day the value took effect. The period just before it must then be unknown: a
/// known earlier value ending the day before would date the change to that day.
/// </summary>
public sealed class SinceBasisTests : RuleTestBase
{
    private const string Offence = "  victim-services-offence:\n    value: yes\n    since: 2022-01-01\n";
    private const string EarlierNo = "      - value: no\n        until: 2021-12-31\n        summary: No offence before 2022.\n";

    [Fact]
    public void Valid_content_passes() => AssertValidFixtureHasNone(DiagnosticCodes.SinceBasis);

    [Fact]
    public void An_earliest_text_since_after_a_known_earlier_value_is_a_located_error()
    {
        Assert.Contains(Offence, ValidFixture);
        var text = ValidFixture.Replace(Offence, Offence + "    sinceBasis: earliest-text\n");

        var result = LoadJurisdiction(text);

        var error = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.SinceBasis);
        Assert.True(error.IsError);
        Assert.Null(result.Content);
        Assert.Equal((LineOf(text, "      - value: no", after: "  victim-services-offence:"), 16), (error.Line, error.Column));
        Assert.Contains("records 'no' up to the day before", error.Message);
        Assert.Contains("record the period in which the change happened as 'unknown'", error.Message);
    }

    [Fact]
    public void An_earliest_text_since_after_an_unknown_period_is_valid_and_resolves_as_at_least_since()
    {
        Assert.Contains(EarlierNo, ValidFixture);
        var text = ValidFixture
            .Replace(Offence, Offence + "    sinceBasis: earliest-text\n")
            .Replace(EarlierNo, "      - value: unknown\n        until: 2021-12-31\n        summary: Whether the offence existed before the 2022 text was not established.\n");
        // The knowledge follow-up's not-applicable history no longer follows a 'no'; make it unknown too.
        text = text.Replace(
            "      - value: not-applicable\n        until: 2021-12-31\n        summary: There was no offence to know about before 2022.\n",
            "      - value: unknown\n        until: 2021-12-31\n        summary: Not established before 2022.\n");

        var result = LoadJurisdiction(text);

        Assert.DoesNotContain(result.Diagnostics, d => d.IsError);
        var zz = Assert.Single(result.Content!.Jurisdictions);
        var answer = zz.Answers["victim-services-offence"];
        Assert.True(answer.SinceIsEarliestText);
        var now = AsOfResolver.Resolve("victim-services-offence", answer, new DateOnly(2023, 1, 1));
        Assert.True(now.FromIsEarliestText);
        Assert.Equal(new DateOnly(2022, 1, 1), now.From);
        var before = AsOfResolver.Resolve("victim-services-offence", answer, new DateOnly(2021, 1, 1));
        Assert.True(before.Value.IsUnknown);
        Assert.False(before.FromIsEarliestText);

        // Without the basis the same since is the day the value took effect.
        var plain = AsOfResolver.Resolve("victim-services-offence", ValidFixtureAnswer(), new DateOnly(2023, 1, 1));
        Assert.False(plain.FromIsEarliestText);
    }

    [Fact]
    public void A_since_basis_without_since_is_a_located_error()
    {
        const string adult = "  adult-purchase-offence:\n    value: no\n";
        Assert.Contains(adult, ValidFixture);
        var text = ValidFixture.Replace(adult, adult + "    sinceBasis: in-force\n");

        var result = LoadJurisdiction(text);

        var error = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.SinceBasis);
        Assert.Equal((LineOf(text, "    sinceBasis: in-force", after: "  adult-purchase-offence:"), 17), (error.Line, error.Column));
        Assert.Contains("has no 'since'", error.Message);
    }

    [Fact]
    public void An_unlisted_basis_is_a_schema_error()
    {
        var text = ValidFixture.Replace(Offence, Offence + "    sinceBasis: roughly\n");

        var result = LoadJurisdiction(text);

        Assert.Null(result.Content);
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(LineOf(text, "    sinceBasis: roughly", after: "  victim-services-offence:"), error.Line);
    }

    private static Comparison.Content.Model.Answer ValidFixtureAnswer()
    {
        var result = LoadJurisdiction(ValidFixture);
        return Assert.Single(result.Content!.Jurisdictions).Answers["victim-services-offence"];
    }
}
