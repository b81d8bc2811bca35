namespace Comparison.Content.Tests.Validation.Rules;

public sealed class ValueFitsQuestionRuleTests : RuleTestBase
{
    public static TheoryData<string> InvalidFixtures => Support.Fixture.NamesFor("value-type");

    [Theory]
    [MemberData(nameof(InvalidFixtures))]
    public void Reports_the_error_where_it_was_written(string fixture) => AssertFixtureReports(fixture);

    [Fact]
    public void Valid_content_passes() => AssertValidFixtureHasNone("value-type");
}
