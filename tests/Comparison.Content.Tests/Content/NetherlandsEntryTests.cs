using Comparison.Content.AsOf;
using Comparison.Content.Loading;
using Comparison.Content.Model;
using Comparison.Content.Tests.Support;

namespace Comparison.Content.Tests.Content;

/// <summary>
/// The Netherlands entry carries the facts of the 2019 government answer (2019Z07608) and the
/// 2024 renumbering, and answers differently as of 12 April 2019 and as of today.
/// </summary>
public sealed class NetherlandsEntryTests
{
    private static readonly Jurisdiction Netherlands =
        new ContentLoader().Load(RepositoryPaths.Content).Content!.FindJurisdiction("nl")!;

    [Fact]
    public void As_of_12_April_2019_buying_sex_from_a_16_or_17_year_old_is_an_offence_under_art_248b()
    {
        var april2019 = AsOfResolver.Resolve(Netherlands, new DateOnly(2019, 4, 12));
        var offence = april2019.Answers["minor-purchase-offence"];
        Assert.Equal("yes", offence.Value.Token);
        Assert.Contains("sr-248b", offence.ProvisionIds);
        Assert.Contains(april2019.ProvisionsInForce, p => p.Id == "sr-248b");
        Assert.Equal(AnswerValue.Of(4), april2019.Answers["minor-purchase-max-penalty"].Value);
    }

    [Fact]
    public void Today_art_248b_is_no_longer_in_force_and_the_answer_differs_from_2019()
    {
        var today = AsOfResolver.Resolve(Netherlands, FixedClock.Default.Today);
        var april2019 = AsOfResolver.Resolve(Netherlands, new DateOnly(2019, 4, 12));
        Assert.DoesNotContain(today.ProvisionsInForce, p => p.Id == "sr-248b");
        Assert.NotEqual(april2019.Answers["minor-purchase-offence"].Value, today.Answers["minor-purchase-offence"].Value);
        var old = Netherlands.FindProvision("sr-248b")!;
        Assert.Equal(new DateOnly(2024, 6, 30), old.Until);
        Assert.NotNull(Netherlands.FindProvision(old.ReplacedBy!));
    }

    [Fact]
    public void Enforcement_carries_the_2015_2018_figures_and_the_appeal_court_judgments()
    {
        var enforcement = Netherlands.Answers["minor-purchase-enforcement"];
        Assert.Contains("107 suspects", enforcement.Summary);
        Assert.Contains("93", enforcement.Summary);
        Assert.Contains("14", enforcement.Summary);
        Assert.Contains("4 October 2018", enforcement.Summary);
        foreach (var ecli in new[] { "ECLI:NL:GHDHA:2018:2601", "ECLI:NL:GHDHA:2018:2598", "ECLI:NL:GHDHA:2018:2602", "ECLI:NL:GHDHA:2018:2605", "ECLI:NL:GHDHA:2018:2603" })
        {
            Assert.Contains(Netherlands.Sources, s => s.Ecli == ecli && enforcement.SourceIds.Contains(s.Id));
        }
    }

    [Fact]
    public void Every_answer_other_than_unknown_cites_the_sources_it_rests_on()
    {
        var government = Assert.Single(Netherlands.Sources, s => s.Kind == "government-answer" && s.Title.Contains("2019Z07608"));
        Assert.Contains(government.Id, Netherlands.Answers["minor-purchase-enforcement"].SourceIds);
        Assert.Contains(government.Id, Netherlands.Answers["decoy-investigations"].SourceIds);
        Assert.All(Netherlands.Answers.Values.Where(a => !a.Value.IsUnknown), a => Assert.NotEmpty(a.SourceIds));
    }
}
