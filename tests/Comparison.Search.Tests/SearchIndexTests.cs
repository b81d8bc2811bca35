using Comparison.Search.Querying;

namespace Comparison.Search.Tests;

/// <summary>Behaviour of the index on small fictional content, where every expectation is known.</summary>
public sealed class SearchIndexTests
{
    private static readonly SearchIndex Index = SearchFixture.FictionalIndex;
    private static readonly DateOnly Today = new(2026, 11, 28);

    [Fact]
    public void A_citation_with_hyphens_is_found_as_typed_and_ranks_its_provision_first()
    {
        var result = Index.Search(new SearchRequest("225-12-1", Today));
        var first = result.Hits[0];
        Assert.Equal(("zy", "provision", "cp-225-12-1"), (first.JurisdictionId, first.Kind, first.ProvisionId));
        Assert.Equal("/countries/zy/#provision-cp-225-12-1", first.Permalink);
    }

    [Fact]
    public void Accents_are_folded_so_code_penal_finds_code_penal_with_an_accent()
    {
        var result = Index.Search(new SearchRequest("Code penal", Today));
        Assert.NotEqual(0, result.Total);
        Assert.All(result.Hits, h => Assert.Equal("zy", h.JurisdictionId));
    }

    [Fact]
    public void Snippets_mark_matches_and_escape_markup_from_content()
    {
        var hit = Index.Search(new SearchRequest("soliciting minor", Today)).Hits.Single(h => h.ProvisionId == "cp-225-12-1");
        var snippet = string.Join(" ", hit.Snippets);
        Assert.Contains("<mark>", snippet);
        Assert.DoesNotContain("<script>", snippet);
        Assert.Contains("&lt;script&gt;", snippet);
    }

    [Fact]
    public void As_of_a_date_before_a_change_finds_the_earlier_answer()
    {
        var before = Index.Search(new SearchRequest("buying sex adults", new DateOnly(2015, 1, 1), Countries: ["zy"], Questions: ["adult-purchase-offence"]));
        var after = Index.Search(new SearchRequest("buying sex adults", Today, Countries: ["zy"], Questions: ["adult-purchase-offence"]));
        Assert.Equal("no", Assert.Single(before.Hits).Value);
        Assert.Equal("yes", Assert.Single(after.Hits).Value);
    }

    [Fact]
    public void Without_a_date_every_version_is_found_and_the_one_in_force_ranks_first()
    {
        var result = Index.Search(new SearchRequest("buying sex adults", null, Countries: ["zy"], Questions: ["adult-purchase-offence"]));
        Assert.Equal(2, result.Total);
        Assert.Equal("yes", result.Hits[0].Value);
        Assert.Null(result.Hits[0].ValidUntil);
        Assert.Equal(new DateOnly(2016, 4, 14), result.Hits[1].ValidUntil);
    }

    [Fact]
    public void Filters_narrow_hits_and_facets_count_every_hit()
    {
        var all = Index.Search(new SearchRequest("offence", Today, PageSize: 1));
        Assert.Single(all.Hits);
        Assert.Equal(all.Total, all.Facets.Country.Sum(f => f.Count));
        Assert.Equal(all.Total, all.Facets.Kind.Sum(f => f.Count));

        var yesOnly = Index.Search(new SearchRequest("offence", Today, Values: ["yes"]));
        Assert.All(yesOnly.Hits, h => Assert.Equal("yes", h.Value));
        Assert.Equal(yesOnly.Total, Assert.Single(yesOnly.Facets.Value).Count);

        var coeOnly = Index.Search(new SearchRequest("offence", Today, Memberships: ["eu"]));
        Assert.All(coeOnly.Hits, h => Assert.Equal("zz", h.JurisdictionId));
    }

    [Fact]
    public void All_words_must_match_and_a_phrase_must_match_in_order()
    {
        Assert.Equal(0, Index.Search(new SearchRequest("\"sexual services buying\"", Today)).Total);
        Assert.NotEqual(0, Index.Search(new SearchRequest("\"buying sexual services\"", Today)).Total);
    }

    [Fact]
    public void When_no_document_has_every_word_the_best_partial_matches_are_returned()
    {
        var result = Index.Search(new SearchRequest("fictionia zzzunknownword", Today));
        Assert.NotEqual(0, result.Total);
        Assert.Equal("zy", result.Hits[0].JurisdictionId);
    }

    [Theory]
    [InlineData("*")]
    [InlineData("§")]
    public void Input_with_nothing_searchable_returns_no_hits_rather_than_everything(string query) =>
        Assert.Equal(0, Index.Search(new SearchRequest(query, Today)).Total);

    [Fact]
    public void Pages_do_not_overlap()
    {
        var first = Index.Search(new SearchRequest("offence", Today, Page: 1, PageSize: 2)).Hits;
        var second = Index.Search(new SearchRequest("offence", Today, Page: 2, PageSize: 2)).Hits;
        Assert.Empty(first.Select(h => h.Permalink + h.ValidFrom).Intersect(second.Select(h => h.Permalink + h.ValidFrom)));
    }

    [Fact]
    public void Results_do_not_depend_on_how_the_parallel_build_was_scheduled()
    {
        string[] queries = ["offence", "248b", "Code penal", "yes", "minor"];
        using var again = SearchIndex.Build(SearchFixture.Real);
        foreach (var query in queries)
        {
            var first = SearchFixture.RealIndex.Search(new SearchRequest(query, null, PageSize: 100)).Hits.Select(h => (h.Permalink, h.ValidFrom, h.Score));
            var second = again.Search(new SearchRequest(query, null, PageSize: 100)).Hits.Select(h => (h.Permalink, h.ValidFrom, h.Score));
            Assert.Equal(first, second);
        }
    }
}
