using System.Net;
using static Comparison.Web.Tests.ProblemAssertions;

namespace Comparison.Web.Tests;

[Collection(ApiCollection.Name)]
public sealed class SearchEndpointTests(ApiFactory factory)
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task A_search_returns_hits_with_permalinks_snippets_and_facets()
    {
        var body = await JsonBody(await client.GetAsync("/api/v1/search?q=art.%20248b%20Sr"));
        Assert.True(body.GetProperty("total").GetInt32() > 0);
        var first = body.GetProperty("hits")[0];
        Assert.Equal("nl", first.GetProperty("jurisdictionId").GetString());
        Assert.StartsWith("/countries/nl/#", first.GetProperty("permalink").GetString());
        Assert.Contains("<mark>", string.Join(" ", first.GetProperty("snippets").EnumerateArray().Select(s => s.GetString())));
        foreach (var facet in new[] { "kind", "country", "question", "value", "group", "membership" })
        {
            Assert.True(body.GetProperty("facets").TryGetProperty(facet, out _), facet);
        }

        Assert.Equal(System.Text.Json.JsonValueKind.Null, body.GetProperty("asOf").ValueKind);
    }

    [Fact]
    public async Task Filters_and_asOf_apply()
    {
        var body = await JsonBody(await client.GetAsync("/api/v1/search?question=adult-purchase-offence&value=yes&membership=eu&asOf=2026-11-28&pageSize=100"));
        var countries = body.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("jurisdictionId").GetString()).ToHashSet();
        Assert.Contains("se", countries);
        Assert.DoesNotContain("no", countries); // Norway bans buying sex but is not in the EU
        Assert.All(body.GetProperty("hits").EnumerateArray(), h => Assert.Equal("yes", h.GetProperty("value").GetString()));
    }

    [Theory]
    [InlineData("q=" + "x", "pageSize=101", "pageSize")]
    [InlineData("q=x", "pageSize=0", "pageSize")]
    [InlineData("q=x", "page=0", "page")]
    [InlineData("q=x", "page=-5", "page")]
    [InlineData("q=x", "country=atlantis", "country")]
    [InlineData("q=x", "question=nope", "question")]
    [InlineData("q=x", "value=maybe", "value")]
    [InlineData("q=x", "group=nope", "group")]
    [InlineData("q=x", "membership=nato", "membership")]
    [InlineData("q=x", "asOf=2019-4-12", "asOf")]
    [InlineData("q=", "pageSize=10", "q")]
    public async Task Bad_parameters_are_400_problems_naming_the_parameter(string q, string other, string parameter) =>
        await AssertProblem(await client.GetAsync($"/api/v1/search?{q}&{other}"), HttpStatusCode.BadRequest, parameter);

    [Fact]
    public async Task A_query_over_500_characters_is_refused() =>
        await AssertProblem(await client.GetAsync("/api/v1/search?q=" + new string('a', 501)), HttpStatusCode.BadRequest, "q");

    [Theory]
    [InlineData("page=two", "page")]
    [InlineData("pageSize=1e3", "pageSize")]
    [InlineData("page=99999999999999999999", "page")]
    public async Task A_value_that_cannot_be_read_is_a_400_problem_not_a_500(string parameters, string parameter) =>
        await AssertProblem(await client.GetAsync($"/api/v1/search?q=x&{parameters}"), HttpStatusCode.BadRequest, parameter);

    [Theory]
    [InlineData("*:*")]
    [InlineData("title:[a TO z]")]
    [InlineData("\"unbalanced")]
    [InlineData("(((")]
    [InlineData("/.*/")]
    [InlineData("foo~0.1")]
    [InlineData("*term")]
    [InlineData("AND OR NOT")]
    [InlineData("%00%01")]
    [InlineData("🙂 ﷽ \u202e")]
    public async Task Query_syntax_junk_is_searched_as_text_and_never_fails(string q)
    {
        var response = await client.GetAsync("/api/v1/search?q=" + Uri.EscapeDataString(q));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
