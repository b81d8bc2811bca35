using Comparison.Content.AsOf;
using Comparison.Content.Model;
using Comparison.Content.Tests.Support;

namespace Comparison.Content.Tests.AsOf;

public sealed class AsOfResolverTests
{
    private static readonly Jurisdiction Testland = LoadTestland();

    [Theory]
    [InlineData("2019-04-12", 4)]
    [InlineData("2024-06-30", 4)]
    [InlineData("2024-07-01", 6)]
    [InlineData("2026-11-28", 6)]
    public void Penalty_follows_the_date(string date, int years)
    {
        var resolved = AsOfResolver.Resolve(Testland, DateOnly.Parse(date));
        Assert.Equal(AnswerValue.Of(years), resolved.Answers["minor-purchase-max-penalty"].Value);
    }

    [Fact]
    public void A_history_entry_without_from_covers_everything_before_its_end()
    {
        var resolved = AsOfResolver.Resolve("victim-services-offence", Testland.Answers["victim-services-offence"], new DateOnly(2009, 1, 1));
        Assert.Equal("no", resolved.Value.Token);
        Assert.False(resolved.IsCurrent);
        Assert.Equal(new DateOnly(2021, 12, 31), resolved.Until);
    }

    [Fact]
    public void A_date_before_the_first_recorded_value_is_unknown_not_a_guess()
    {
        var resolved = AsOfResolver.Resolve("minor-purchase-max-penalty", Testland.Answers["minor-purchase-max-penalty"], new DateOnly(2001, 1, 1));
        Assert.True(resolved.Value.IsUnknown);
        Assert.False(resolved.IsRecorded);
        Assert.Empty(resolved.SourceIds);
    }

    [Fact]
    public void An_answer_without_since_or_history_applies_on_every_date()
    {
        var resolved = AsOfResolver.Resolve("minor-purchase-age-limit", Testland.Answers["minor-purchase-age-limit"], new DateOnly(2008, 2, 1));
        Assert.Equal(AnswerValue.Of(18), resolved.Value);
        Assert.True(resolved.IsCurrent);
    }

    [Fact]
    public void Provisions_in_force_change_on_the_renumbering_date()
    {
        Assert.Equal(["old-12a"], AsOfResolver.Resolve(Testland, new DateOnly(2019, 4, 12)).ProvisionsInForce.Select(p => p.Id));
        Assert.Equal(["new-34"], AsOfResolver.Resolve(Testland, new DateOnly(2024, 7, 1)).ProvisionsInForce.Select(p => p.Id));
    }

    private static Jurisdiction LoadTestland()
    {
        using var content = new TemporaryContent()
            .WithCountry("zz.yaml", File.ReadAllText(Path.Combine(RepositoryPaths.TestData, "valid", "zz.yaml")));
        return Assert.Single(content.Load().Content!.Jurisdictions);
    }
}
