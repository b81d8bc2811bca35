using System.Net;
using static Comparison.Web.Tests.ProblemAssertions;

namespace Comparison.Web.Tests;

[Collection(ApiCollection.Name)]
public sealed class QuestionsAndCompareEndpointTests(ApiFactory factory)
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task Questions_are_listed_with_their_groups()
    {
        var body = await JsonBody(await client.GetAsync("/api/v1/questions"));
        Assert.Equal(14, body.GetProperty("questions").GetArrayLength());
        Assert.Equal(4, body.GetProperty("groups").GetArrayLength());
        var article6 = body.GetProperty("questions").EnumerateArray().Single(q => q.GetProperty("id").GetString() == "article6-measures");
        Assert.Equal("multi-choice", article6.GetProperty("type").GetString());
        Assert.Equal(8, article6.GetProperty("options").GetArrayLength());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, article6.GetProperty("appliesWhen").ValueKind);
        var conditions = body.GetProperty("questions").EnumerateArray().Single(q => q.GetProperty("id").GetString() == "reporter-immunity-conditions");
        Assert.Equal("reporter-immunity", conditions.GetProperty("appliesWhen").GetProperty("question").GetString());
        Assert.Equal(["yes", "partial"], conditions.GetProperty("appliesWhen").GetProperty("values").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, conditions.GetProperty("appliesWhen").GetProperty("mayApplyWhen").ValueKind);
        var penalty = body.GetProperty("questions").EnumerateArray().Single(q => q.GetProperty("id").GetString() == "minor-purchase-max-penalty");
        Assert.Equal(["yes"], penalty.GetProperty("appliesWhen").GetProperty("values").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal(["partial"], penalty.GetProperty("appliesWhen").GetProperty("mayApplyWhen").EnumerateArray().Select(v => v.GetString()));
        Assert.False(penalty.GetProperty("appliesWhen").TryGetProperty("mayApplyValues", out _));
    }

    [Fact]
    public async Task A_question_has_every_jurisdictions_answer()
    {
        var body = await JsonBody(await client.GetAsync("/api/v1/questions/adult-purchase-offence"));
        Assert.Equal(50, body.GetProperty("answers").GetArrayLength());
        var sweden = body.GetProperty("answers").EnumerateArray().Single(a => a.GetProperty("jurisdictionId").GetString() == "se");
        Assert.Equal("yes", sweden.GetProperty("answer").GetProperty("value").GetString());
    }

    [Fact]
    public async Task An_unknown_question_is_a_404_problem() =>
        await AssertProblem(await client.GetAsync("/api/v1/questions/no-such-question"), HttpStatusCode.NotFound);

    [Fact]
    public async Task Compare_puts_jurisdictions_side_by_side_and_flags_differences()
    {
        var body = await JsonBody(await client.GetAsync("/api/v1/compare?countries=nl,se,fr&asOf=2019-04-12"));
        Assert.Equal(["nl", "se", "fr"], body.GetProperty("countries").EnumerateArray().Select(c => c.GetProperty("id").GetString()));
        var rows = body.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(14, rows.Count);
        var adult = rows.Single(r => r.GetProperty("questionId").GetString() == "adult-purchase-offence");
        Assert.True(adult.GetProperty("differs").GetBoolean());
        Assert.Equal("no", adult.GetProperty("answers").GetProperty("nl").GetProperty("value").GetString());
        Assert.Equal("yes", adult.GetProperty("answers").GetProperty("se").GetProperty("value").GetString());
    }

    [Fact]
    public async Task Compare_can_be_limited_to_some_questions()
    {
        var body = await JsonBody(await client.GetAsync("/api/v1/compare?countries=nl&countries=de&questions=reporter-immunity,decoy-investigations"));
        Assert.Equal(2, body.GetProperty("rows").GetArrayLength());
        Assert.Equal(2, body.GetProperty("countries").GetArrayLength());
    }

    [Theory]
    [InlineData("/api/v1/compare", "countries")]
    [InlineData("/api/v1/compare?countries=nl,zz", "countries")]
    [InlineData("/api/v1/compare?countries=nl&questions=nope", "questions")]
    [InlineData("/api/v1/compare?countries=nl&asOf=2019-02-29", "asOf")]
    public async Task Bad_compare_parameters_are_400_problems(string url, string parameter) =>
        await AssertProblem(await client.GetAsync(url), HttpStatusCode.BadRequest, parameter);
}
