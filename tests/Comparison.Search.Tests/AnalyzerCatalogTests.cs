using Comparison.Search.Analysis;

namespace Comparison.Search.Tests;

public sealed class AnalyzerCatalogTests
{
    [Theory]
    [InlineData("ECLI:NL:GHDHA:2018:2601", "ecli:nl:ghdha:2018:2601")]
    [InlineData("Art. 225-12-1 Code pénal", "art|225-12-1|code|penal")]
    [InlineData("art. 600-bis c.p.", "art|600-bis|c.p")]
    [InlineData("s.53A Sexual Offences Act", "s.53a|sexual|offences|act")]
    [InlineData("§ 232a (6) StGB", "232a|6|stgb")]
    public void Citations_stay_whole_tokens(string text, string expected) =>
        Assert.Equal(expected, string.Join("|", AnalyzerCatalog.Tokens(IndexFields.Citation, text)));

    [Fact]
    public void The_folding_field_ignores_accents_and_case() =>
        Assert.Equal(AnalyzerCatalog.Tokens(IndexFields.All, "Code penal"), AnalyzerCatalog.Tokens(IndexFields.All, "CODE PÉNAL"));

    [Theory]
    [InlineData("nl", "minderjarigen", "minderjarige")]
    [InlineData("de", "Minderjährigen", "minderjährige")]
    [InlineData("sv", "handlingar", "handling")]
    [InlineData("fr", "mineurs", "mineur")]
    public void Original_text_is_stemmed_in_its_own_language(string language, string inflected, string other) =>
        Assert.Equal(
            Assert.Single(AnalyzerCatalog.Tokens(IndexFields.Original(language), other)),
            Assert.Single(AnalyzerCatalog.Tokens(IndexFields.Original(language), inflected)));

    [Fact]
    public void A_language_without_a_lucene_analyzer_gets_the_folding_analyzer() =>
        Assert.Equal(["cemu"], AnalyzerCatalog.Tokens(IndexFields.Original("sl"), "čemu"));
}
