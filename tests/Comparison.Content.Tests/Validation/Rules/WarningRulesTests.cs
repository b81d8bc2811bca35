using Comparison.Content.Diagnostics;
using Comparison.Content.Tests.Support;

namespace Comparison.Content.Tests.Validation.Rules;

/// <summary>
/// The rules that warn (they do not block a build): a stale review, a provision without its
/// original text, an unused source, a gap in history. Each is checked on a small edit of the
/// valid fixture, and the content still loads.
/// </summary>
public sealed class WarningRulesTests
{
    private static readonly string Valid = File.ReadAllText(Path.Combine(RepositoryPaths.TestData, "valid", "zz.yaml"));

    [Fact]
    public void Review_older_than_twelve_months_is_a_warning()
    {
        var result = Load(Valid.Replace("lastReviewed: 2026-11-01", "lastReviewed: 2025-11-01"));
        var warning = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.ReviewStale);
        Assert.False(warning.IsError);
        Assert.NotNull(result.Content);
    }

    [Fact]
    public void Review_within_twelve_months_is_fine() =>
        Assert.DoesNotContain(Load(Valid).Diagnostics, d => d.Code == DiagnosticCodes.ReviewStale);

    [Fact]
    public void Provision_without_original_text_is_a_warning()
    {
        var result = Load(Valid.Replace("    text: Hij die seksuele handelingen verricht tegen betaling wordt gestraft.\n", string.Empty));
        var warning = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.OriginalText);
        Assert.Contains("new-34", warning.Message);
        Assert.NotNull(result.Content);
    }

    [Fact]
    public void Uncited_source_is_a_warning()
    {
        var result = Load(Valid.Replace("sources:\n  - id: statute", "sources:\n  - id: spare\n    title: Spare\n    publisher: P\n    url: https://example.org/spare\n    kind: study\n  - id: statute"));
        var warning = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.UnusedEntry);
        Assert.Contains("spare", warning.Message);
    }

    [Fact]
    public void Gap_between_history_and_since_is_a_warning_not_an_error()
    {
        var result = Load(Valid.Replace("since: 2022-01-01", "since: 2022-03-01"));
        var warning = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.HistoryGap);
        Assert.Contains("2022-01-01 to 2022-02-28", warning.Message);
        Assert.NotNull(result.Content);
    }

    private static Comparison.Content.Loading.LoadResult Load(string text)
    {
        using var content = new TemporaryContent().WithCountry("zz.yaml", text);
        return content.Load();
    }
}
