using Comparison.Content.Diagnostics;

namespace Comparison.Content.Tests.Validation.Rules;

/// <summary>A provision without its original-language text is a warning.</summary>
public sealed class OriginalTextRuleTests : RuleTestBase
{    [Fact]
    public void Provision_without_original_text_is_a_warning()
    {
        var result = LoadJurisdiction(ValidFixture.Replace("    text: Hij die seksuele handelingen verricht tegen betaling wordt gestraft.\n", string.Empty));
        var warning = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.OriginalText);
        Assert.Contains("new-34", warning.Message);
        Assert.NotNull(result.Content);
    }
}
