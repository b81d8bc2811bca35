using Comparison.Content.Coverage;
using Comparison.Content.Currency;
using Comparison.Content.Loading;
using Comparison.Content.Model;
using Comparison.Content.Tests.Support;

namespace Comparison.Content.Tests.Coverage;

/// <summary>
/// The help-wanted work list: every gap it names is one the coverage report counts, each answer
/// sits in the list its state calls for, and the totals agree with the coverage report.
/// </summary>
public sealed class ResearchGapsTests
{
    private static readonly ContentSet Real = new ContentLoader().Load(RepositoryPaths.Content).Content!;

    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    [Fact]
    public void The_totals_are_the_coverage_reports()
    {
        var gaps = ResearchGaps.Of(Real, Today);
        var coverage = CoverageReport.Of(Real);

        Assert.Equal(Real.Jurisdictions.Count, gaps.Jurisdictions.Count);
        Assert.Equal(coverage.MissingCells, gaps.Missing);
        Assert.Equal(coverage.Count(CoverageState.Unknown), gaps.Missing + gaps.Unknown);
        Assert.Equal(coverage.Count(CoverageState.Draft), gaps.Draft);
        Assert.Equal(coverage.UndatedValues, gaps.Undated);
        Assert.Equal(Transposition.CountPending(Real, Today), gaps.MayPredate);
        Assert.Equal(coverage.Rows.Count - coverage.Cets197Dated, gaps.Cets197Missing);
        Assert.Equal(coverage.GretaUndated, gaps.GretaWithoutYear);
    }

    [Fact]
    public void Each_answer_is_listed_where_its_state_puts_it()
    {
        var required = CoverageReport.Of(Real).Rows.ToDictionary(r => r.JurisdictionId);
        var questions = Real.Questions.Questions.Select(q => q.Id).ToList();
        foreach (var entry in ResearchGaps.Of(Real, Today).Jurisdictions)
        {
            var j = entry.Jurisdiction;
            var row = required[j.Id];
            foreach (var gap in entry.Missing.Concat(entry.Unknown))
            {
                Assert.True(j.Answers[gap.Question.Id].Value.IsUnknown, $"{j.Id}/{gap.Question.Id} is listed as unknown");
                Assert.Equal(row.Required[questions.IndexOf(gap.Question.Id)], entry.Missing.Contains(gap));
            }

            foreach (var gap in entry.Draft)
            {
                var answer = j.Answers[gap.Question.Id];
                Assert.False(answer.Value.IsUnknown);
                Assert.Null(answer.Checked);
                Assert.Equal(Review.Draft, j.Review.Status);
            }

            Assert.All(entry.Undated, gap => Assert.True(CoverageReport.IsUndated(j, gap.Answer!)));
            Assert.All(entry.MayPredate, gap => Assert.Contains("eu", j.Memberships));

            // Each list keeps the order of the questions.
            foreach (var list in new[] { entry.Missing, entry.Unknown, entry.Draft, entry.Undated })
            {
                var order = list.Select(g => questions.IndexOf(g.Question.Id)).ToList();
                Assert.Equal(order.Order(), order);
            }

            Assert.Equal(j.Cets197.Ratified is null || j.Cets197.InForce is null, entry.Cets197Missing.Count > 0);
        }
    }

    [Fact]
    public void Only_the_jurisdictions_asked_for_are_listed_in_their_order()
    {
        var chosen = new[] { "se", "nl" }.Select(id => Real.FindJurisdiction(id)!).ToList();
        var gaps = ResearchGaps.Of(Real, Today, chosen);
        Assert.Equal(["se", "nl"], gaps.Jurisdictions.Select(j => j.Jurisdiction.Id));
    }
}
