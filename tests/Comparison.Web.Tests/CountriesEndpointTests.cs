using System.Net;
using static Comparison.Web.Tests.ProblemAssertions;

namespace Comparison.Web.Tests;

[Collection(ApiCollection.Name)]
public sealed class CountriesEndpointTests(ApiFactory factory)
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task Lists_all_48_parties_with_the_united_kingdom_as_three_jurisdictions()
    {
        var body = await JsonBody(await client.GetAsync("/api/v1/countries"));
        var ids = body.GetProperty("countries").EnumerateArray().Select(c => c.GetProperty("id").GetString()).ToList();
        Assert.Equal(50, ids.Count);
        Assert.Equal(50, body.GetProperty("count").GetInt32());
        Assert.Contains("gb-sct", ids);
        Assert.DoesNotContain("gb", ids);
        Assert.Matches("^[0-9a-f]{12}$", body.GetProperty("dataVersion").GetString());
        Assert.Equal("2026-11-28", body.GetProperty("asOf").GetString());
    }

    [Fact]
    public async Task One_jurisdiction_has_every_answer_keyed_by_question_with_markdown_and_html()
    {
        var nl = await JsonBody(await client.GetAsync("/api/v1/countries/nl"));
        var answers = nl.GetProperty("answers");
        Assert.Equal(14, answers.EnumerateObject().Count());
        var enforcement = answers.GetProperty("minor-purchase-enforcement");
        Assert.Equal("answered", enforcement.GetProperty("value").GetString());
        Assert.Contains("**107 suspects**", enforcement.GetProperty("summaryMarkdown").GetString());
        Assert.Contains("<strong>107 suspects</strong>", enforcement.GetProperty("summaryHtml").GetString());
        Assert.Contains(nl.GetProperty("sources").EnumerateArray(), s => s.GetProperty("ecli").GetString() == "ECLI:NL:GHDHA:2018:2601");
    }

    [Fact]
    public async Task Every_dated_answer_says_whether_its_since_is_the_day_it_took_effect_or_only_the_earliest_text_read()
    {
        var nl = await JsonBody(await client.GetAsync("/api/v1/countries/nl"));
        var answers = nl.GetProperty("answers");
        var offence = answers.GetProperty("minor-purchase-offence");
        Assert.Equal("2024-07-01", offence.GetProperty("since").GetString());
        Assert.Equal("in-force", offence.GetProperty("sinceBasis").GetString());
        foreach (var answer in answers.EnumerateObject().Select(a => a.Value))
        {
            var since = answer.GetProperty("since");
            var basis = answer.GetProperty("sinceBasis");
            if (since.ValueKind == System.Text.Json.JsonValueKind.Null)
            {
                Assert.Equal(System.Text.Json.JsonValueKind.Null, basis.ValueKind);
            }
            else
            {
                Assert.Contains(basis.GetString(), new[] { "in-force", "earliest-text" });
            }
        }
    }

    [Fact]
    public async Task As_of_12_April_2019_the_netherlands_answer_is_the_old_one_with_art_248b_in_force()
    {
        var then = await JsonBody(await client.GetAsync("/api/v1/countries/nl?asOf=2019-04-12"));
        var now = await JsonBody(await client.GetAsync("/api/v1/countries/nl"));
        Assert.Equal("2019-04-12", then.GetProperty("asOf").GetString());
        Assert.Equal("yes", then.GetProperty("answers").GetProperty("minor-purchase-offence").GetProperty("value").GetString());
        Assert.False(then.GetProperty("answers").GetProperty("minor-purchase-offence").GetProperty("isCurrent").GetBoolean());
        Assert.Contains(then.GetProperty("provisions").EnumerateArray(), p => p.GetProperty("id").GetString() == "sr-248b");
        Assert.DoesNotContain(now.GetProperty("provisions").EnumerateArray(), p => p.GetProperty("id").GetString() == "sr-248b");
        Assert.NotEqual(
            then.GetProperty("answers").GetProperty("minor-purchase-offence").GetProperty("value").GetString(),
            now.GetProperty("answers").GetProperty("minor-purchase-offence").GetProperty("value").GetString());
    }

    [Fact]
    public async Task An_eu_answer_citing_only_texts_before_a_passed_transposition_deadline_lists_the_directive()
    {
        // Every current EU answer to victim-services-offence either cites a text dated on or after
        // 15 July 2026 or lists Directive (EU) 2024/1712; non-members never list it.
        var content = Comparison.Testing.TestContent.LoadReal();
        var today = ApiFactory.Today;
        var listed = 0;
        foreach (var j in content.Jurisdictions)
        {
            var body = await JsonBody(await client.GetAsync($"/api/v1/countries/{j.Id}"));
            var answer = body.GetProperty("answers").GetProperty("victim-services-offence");
            var mayPredate = answer.GetProperty("mayPredate").EnumerateArray().Select(e => e.GetString()!).ToList();
            var question = content.Questions.Find("victim-services-offence")!;
            var expected = Comparison.Content.Currency.Transposition.Pending(content, j, question, j.Answers["victim-services-offence"], today).Select(i => i.Id).ToList();
            Assert.Equal(expected, mayPredate);
            if (!j.IsMemberOf("eu"))
            {
                Assert.Empty(mayPredate);
            }

            listed += mayPredate.Count;
        }

        Assert.True(listed > 0, "some EU answers still rest only on texts read before 15 July 2026");
        var then = await JsonBody(await client.GetAsync("/api/v1/countries/de?asOf=2026-07-01"));
        Assert.Empty(then.GetProperty("answers").GetProperty("victim-services-offence").GetProperty("mayPredate").EnumerateArray());
    }

    [Fact]
    public void An_answer_carries_its_checked_date_only_where_it_is_recorded()
    {
        var recorded = new Comparison.Content.AsOf.ResolvedAnswer("q", Comparison.Content.Model.AnswerValue.UnknownValue, null, null, "s", [], [],
            IsCurrent: true, IsRecorded: true, Checked: new DateOnly(2026, 11, 2));
        Assert.Equal(new DateOnly(2026, 11, 2), Comparison.Web.Api.DtoMapper.Answer(recorded, []).Checked);
        Assert.Null(Comparison.Web.Api.DtoMapper.Answer(recorded with { IsRecorded = false }, []).Checked);
        Assert.Null(Comparison.Web.Api.DtoMapper.Answer(recorded with { Checked = null }, []).Checked);
    }

    [Fact]
    public async Task Every_answers_checked_date_is_the_one_in_the_content()
    {
        var content = Comparison.Testing.TestContent.LoadReal();
        foreach (var id in new[] { "nl", "fi", "lt", "gb-eaw", "pl", "hr" })
        {
            var body = await JsonBody(await client.GetAsync($"/api/v1/countries/{id}"));
            foreach (var answer in body.GetProperty("answers").EnumerateObject())
            {
                var expected = content.FindJurisdiction(id)!.Answers[answer.Name].Checked;
                var actual = answer.Value.GetProperty("checked");
                Assert.Equal(expected?.ToString("yyyy-MM-dd"), actual.ValueKind == System.Text.Json.JsonValueKind.Null ? null : actual.GetString());
            }
        }
    }

    [Fact]
    public async Task Translations_are_marked_unofficial()
    {
        var nl = await JsonBody(await client.GetAsync("/api/v1/countries/nl?asOf=2019-04-12"));
        Assert.All(nl.GetProperty("provisions").EnumerateArray().Where(p => p.GetProperty("translation").ValueKind == System.Text.Json.JsonValueKind.String),
            p => Assert.True(p.GetProperty("translationIsUnofficial").GetBoolean()));
    }

    [Fact]
    public async Task An_unknown_jurisdiction_is_a_404_problem() =>
        await AssertProblem(await client.GetAsync("/api/v1/countries/xx"), HttpStatusCode.NotFound);

    [Theory]
    [InlineData("2019-13-01")]
    [InlineData("12-04-2019")]
    [InlineData("yesterday")]
    [InlineData("2007-12-31")]
    [InlineData("2099-01-01")]
    [InlineData("")]
    public async Task A_bad_date_is_a_400_naming_asOf(string asOf)
    {
        if (asOf.Length == 0)
        {
            // An empty asOf means the default, today.
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/countries/nl?asOf=")).StatusCode);
            return;
        }

        await AssertProblem(await client.GetAsync($"/api/v1/countries/nl?asOf={Uri.EscapeDataString(asOf)}"), HttpStatusCode.BadRequest, "asOf");
    }
}
