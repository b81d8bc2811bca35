using System.Net;
using System.Text.Json;
using Comparison.Content.Coverage;
using static Comparison.Web.Tests.ProblemAssertions;

namespace Comparison.Web.Tests;

/// <summary>/api/v1/gaps: the help-wanted work list as JSON, with the coverage report's totals.</summary>
[Collection(ApiCollection.Name)]
public sealed class GapsEndpointTests(ApiFactory factory)
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task Lists_every_jurisdiction_with_totals_that_agree_with_the_coverage_report()
    {
        var body = await JsonBody(await client.GetAsync("/api/v1/gaps"));
        var coverage = CoverageReport.Of(Comparison.Testing.TestContent.LoadReal());
        var totals = body.GetProperty("totals");
        Assert.Equal(coverage.MissingCells, totals.GetProperty("missing").GetInt32());
        Assert.Equal(coverage.Count(CoverageState.Unknown) - coverage.MissingCells, totals.GetProperty("unknown").GetInt32());
        Assert.Equal(coverage.Count(CoverageState.Draft), totals.GetProperty("draft").GetInt32());
        Assert.Equal(coverage.UndatedValues, totals.GetProperty("undated").GetInt32());
        Assert.Equal(coverage.Rows.Count - coverage.Cets197Dated, totals.GetProperty("cets197Missing").GetInt32());
        Assert.Equal(50, body.GetProperty("count").GetInt32());
        Assert.Equal("2026-11-28", body.GetProperty("asOf").GetString());

        var countries = body.GetProperty("countries").EnumerateArray().ToList();
        var ids = countries.Select(c => c.GetProperty("id").GetString()!).ToList();
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
        Assert.Equal(coverage.MissingCells, countries.Sum(c => c.GetProperty("missing").GetArrayLength()));
        Assert.Equal(totals.GetProperty("mayPredate").GetInt32(), countries.Sum(c => c.GetProperty("mayPredate").GetArrayLength()));
    }

    [Fact]
    public async Task An_unknown_answer_carries_the_summary_that_says_what_is_missing_and_links_to_the_answer()
    {
        var body = await JsonBody(await client.GetAsync("/api/v1/gaps?country=nl"));
        var nl = Assert.Single(body.GetProperty("countries").EnumerateArray());
        Assert.Equal("/help-wanted/#nl", nl.GetProperty("url").GetString());
        var offence = nl.GetProperty("missing").EnumerateArray().Single(g => g.GetProperty("question").GetString() == "minor-purchase-offence");
        Assert.Equal("/countries/nl/#minor-purchase-offence", offence.GetProperty("url").GetString());
        Assert.Contains("248b", offence.GetProperty("summaryMarkdown").GetString(), StringComparison.Ordinal);

        // Draft answers are named, not repeated: their summaries are on the country endpoint.
        Assert.All(nl.GetProperty("draft").EnumerateArray(), g => Assert.Equal(JsonValueKind.Null, g.GetProperty("summaryMarkdown").ValueKind));
        var cets = Comparison.Testing.TestContent.LoadReal().FindJurisdiction("nl")!.Cets197;
        var expected = new[] { cets.Ratified is null ? "ratification or accession" : null, cets.InForce is null ? "entry into force" : null }.OfType<string>();
        Assert.Equal(expected, nl.GetProperty("cets197Missing").EnumerateArray().Select(e => e.GetString()!));
    }

    [Fact]
    public async Task Chosen_jurisdictions_come_in_the_order_asked_and_an_unknown_one_is_a_located_400()
    {
        var body = await JsonBody(await client.GetAsync("/api/v1/gaps?country=se,nl&country=se"));
        Assert.Equal(["se", "nl"], body.GetProperty("countries").EnumerateArray().Select(c => c.GetProperty("id").GetString()));

        await AssertProblem(await client.GetAsync("/api/v1/gaps?country=nl,xx"), HttpStatusCode.BadRequest, "country");
    }
}
