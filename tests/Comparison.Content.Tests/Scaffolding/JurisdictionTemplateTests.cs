using Comparison.Content.Loading;
using Comparison.Content.Scaffolding;
using Comparison.Content.Tests.Support;

namespace Comparison.Content.Tests.Scaffolding;

public sealed class JurisdictionTemplateTests
{
    [Fact]
    public void A_new_file_validates_at_once_with_every_question_unknown()
    {
        using var content = new TemporaryContent();
        var questions = new ContentLoader().LoadQuestionCatalog(content.Directory).Catalog!;
        var text = JurisdictionTemplate.Render(new NewJurisdictionRequest("zz", "Testland \"quoted\": yes # not a comment"), questions, FixedClock.Default.Today);
        content.WithCountry("zz.yaml", text);

        var result = content.Load();
        Assert.True(result.ErrorCount == 0, string.Join(Environment.NewLine, result.Diagnostics));
        var jurisdiction = Assert.Single(result.Content!.Jurisdictions);
        Assert.Equal("Testland \"quoted\": yes # not a comment", jurisdiction.Name);
        Assert.Equal(questions.Questions.Select(q => q.Id), jurisdiction.Answers.Keys);
        Assert.All(jurisdiction.Answers.Values, a => Assert.True(a.Value.IsUnknown));
    }

    [Theory]
    [InlineData("nl", true)]
    [InlineData("gb-sct", true)]
    [InlineData("NL", false)]
    [InlineData("nld", false)]
    [InlineData("../x", false)]
    public void Ids_are_iso_codes_with_an_optional_suffix(string id, bool valid) =>
        Assert.Equal(valid, JurisdictionTemplate.IsValidId(id));
}
