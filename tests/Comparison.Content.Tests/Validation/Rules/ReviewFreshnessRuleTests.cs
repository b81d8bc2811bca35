using Comparison.Content.Diagnostics;

namespace Comparison.Content.Tests.Validation.Rules;

/// <summary>A review older than twelve months is a warning, not an error.</summary>
public sealed class ReviewFreshnessRuleTests : RuleTestBase
{    [Fact]
    public void Review_older_than_twelve_months_is_a_warning()
    {
        var result = LoadJurisdiction(ValidFixture.Replace("lastReviewed: 2026-11-01", "lastReviewed: 2025-11-01"));
        var warning = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.ReviewStale);
        Assert.False(warning.IsError);
        Assert.NotNull(result.Content);
    }

    [Fact]
    public void Review_within_twelve_months_is_fine() =>
        Assert.DoesNotContain(LoadJurisdiction(ValidFixture).Diagnostics, d => d.Code == DiagnosticCodes.ReviewStale);
}
