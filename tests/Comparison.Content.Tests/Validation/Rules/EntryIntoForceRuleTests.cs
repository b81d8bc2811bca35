using Comparison.Content.Model;

namespace Comparison.Content.Tests.Validation.Rules;

public sealed class EntryIntoForceRuleTests : RuleTestBase
{
    public static TheoryData<string> InvalidFixtures => Support.Fixture.NamesFor("entry-into-force");

    [Theory]
    [MemberData(nameof(InvalidFixtures))]
    public void Reports_the_error_where_it_was_written(string fixture) => AssertFixtureReports(fixture);

    [Fact]
    public void Valid_content_passes() => AssertValidFixtureHasNone("entry-into-force");

    [Theory]
    // Latvia deposited on 6 March 2008; in force 1 July 2008.
    [InlineData("2008-03-06", "2008-07-01")]
    // Switzerland: 17 December 2012 -> 1 April 2013 (across a year end).
    [InlineData("2012-12-17", "2013-04-01")]
    // Early ratifications take effect with the Convention itself on 1 February 2008.
    [InlineData("2007-02-06", "2008-02-01")]
    [InlineData("2007-10-24", "2008-02-01")]
    // A deposit on the first of a month still waits for the month after the three months.
    [InlineData("2010-07-01", "2010-11-01")]
    // Month ends: the three months end on the last day of a shorter month.
    [InlineData("2010-11-30", "2011-03-01")]
    [InlineData("2010-05-31", "2010-09-01")]
    public void Entry_into_force_follows_Article_42(string ratified, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), Cets197Status.EntryIntoForceAfter(DateOnly.Parse(ratified)));

    [Fact]
    public void Backwards_dates_get_one_error_not_two()
    {
        var text = ValidFixture.Replace("  inForce: 2010-08-01", "  inForce: 2010-03-01");
        var result = LoadJurisdiction(text);
        Assert.Contains(result.Diagnostics, d => d.Code == "date-order" && d.Line == 14);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "entry-into-force");
    }
}
