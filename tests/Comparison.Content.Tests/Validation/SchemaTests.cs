namespace Comparison.Content.Tests.Validation;

/// <summary>Shape errors come from the JSON Schema the editors use, located and in plain words.</summary>
public sealed class SchemaTests : RuleTestBase
{
    public static TheoryData<string> InvalidFixtures => Support.Fixture.NamesFor("schema", "schema-comment", "date-invalid");

    [Theory]
    [MemberData(nameof(InvalidFixtures))]
    public void Reports_the_error_where_it_was_written(string fixture) => AssertFixtureReports(fixture);

    [Fact]
    public void Valid_content_passes() => AssertValidFixtureHasNone("schema", "schema-comment", "date-invalid");
}
