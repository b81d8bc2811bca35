using Comparison.Content.Model;
using Comparison.Search.Querying;

namespace Comparison.Search.Tests;

/// <summary>
/// Realistic queries against the real content: the jurisdiction that must come first. Where the
/// right answer depends on the content (which states ban buying sex), the expectation is read
/// from the content, not written here.
/// </summary>
public sealed class RelevanceTests
{
    private static readonly SearchIndex Index = SearchFixture.RealIndex;

    [Theory]
    [InlineData("art. 248b Sr", "nl")]
    [InlineData("ECLI:NL:GHDHA:2018:2601", "nl")]
    [InlineData("ontucht minderjarige", "nl")]
    [InlineData("§ 232a (6)", "de")]
    [InlineData("600-bis", "it")]
    [InlineData("225-12-1", "fr")]
    [InlineData("s.53A", "gb-eaw")]
    [InlineData("köp av sexuell handling av barn", "se")]
    [InlineData("Schiedamse kelderbox", "nl")]
    [InlineData("Wet seksuele misdrijven", "nl")]
    [InlineData("Netherlands", "nl")]
    [InlineData("Nederland", "nl")]
    [InlineData("Sverige", "se")]
    public void The_expected_jurisdiction_comes_first(string query, string jurisdiction)
    {
        var result = Index.Search(new SearchRequest(query, null));
        Assert.True(result.Total > 0, $"no hits for '{query}'");
        Assert.Equal(jurisdiction, result.Hits[0].JurisdictionId);
    }

    [Fact]
    public void A_bare_article_number_in_two_codes_finds_both()
    {
        // "248b" is the former Dutch client offence (art. 248b Sr) and a Maltese trafficking
        // article (art. 248B Kodiċi Kriminali); without "Sr" the query is ambiguous, so both
        // come near the top, and naming the code settles it (see the theory above).
        var top = Index.Search(new SearchRequest("248b", null)).Hits.Take(5).Select(h => h.JurisdictionId).ToList();
        Assert.Contains("nl", top);
        Assert.Contains("mt", top);
    }

    [Fact]
    public void Sex_purchase_ban_finds_a_state_that_has_one_first()
    {
        var withBan = SearchFixture.Real.Jurisdictions
            .Where(j => j.Answers["adult-purchase-offence"].Value == AnswerValue.Word("yes"))
            .Select(j => j.Id).ToHashSet();
        var first = Index.Search(new SearchRequest("sex purchase ban", new DateOnly(2026, 11, 28))).Hits[0];
        Assert.Contains(first.JurisdictionId, withBan);
        Assert.Equal("adult-purchase-offence", first.QuestionId);
    }

    [Fact]
    public void A_question_filter_with_a_value_lists_exactly_the_states_with_that_answer()
    {
        var expected = SearchFixture.Real.Jurisdictions
            .Where(j => j.Answers["adult-purchase-offence"].Value == AnswerValue.Word("yes"))
            .Select(j => j.Id).Order().ToList();
        var result = Index.Search(new SearchRequest(string.Empty, new DateOnly(2026, 11, 28),
            Questions: ["adult-purchase-offence"], Values: ["yes"], PageSize: 100));
        Assert.Equal(expected, result.Hits.Select(h => h.JurisdictionId).Order().ToList());
    }

    [Fact]
    public void As_of_April_2019_the_netherlands_answer_rests_on_art_248b()
    {
        var result = Index.Search(new SearchRequest("248b", new DateOnly(2019, 4, 12), Countries: ["nl"], Questions: ["minor-purchase-offence"]));
        Assert.Equal("yes", Assert.Single(result.Hits).Value);
        var today = Index.Search(new SearchRequest("248b", new DateOnly(2026, 11, 28), Countries: ["nl"], Questions: ["minor-purchase-offence"]));
        Assert.DoesNotContain(today.Hits, h => h.Value == "yes");
    }
}
