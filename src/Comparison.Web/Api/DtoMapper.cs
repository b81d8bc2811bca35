using Comparison.Content.AsOf;
using Comparison.Content.Coverage;
using Comparison.Content.Currency;
using Comparison.Content.Model;
using Comparison.Site.Building;
using Comparison.Site.Rendering;
using Comparison.Web.Api.Contracts;

namespace Comparison.Web.Api;

/// <summary>Maps the content model, resolved as of a date, to the API's JSON shapes.</summary>
internal static class DtoMapper
{
    public static CountrySummaryDto Summary(Jurisdiction j) => new(
        j.Id, j.Name, j.NativeName, j.Iso, j.State, j.Memberships, Cets(j.Cets197), Review(j.Review), $"/countries/{j.Id}/");

    public static CountryResponse Country(ContentSet content, Jurisdiction j, DateOnly asOf, string version)
    {
        var resolved = AsOfResolver.Resolve(j, asOf);
        return new CountryResponse(
            version, asOf, j.Id, j.Name, j.NativeName, j.Iso, j.State, j.Languages, j.LegalTradition, j.Memberships, Cets(j.Cets197),
            resolved.ProvisionsInForce.Select(Provision).ToList(),
            resolved.Answers.ToDictionary(a => a.Key, a => Answer(a.Value, MayPredate(content, j, a.Key, a.Value, asOf))),
            j.Sources.Select(Source).ToList(),
            Review(j.Review), $"/countries/{j.Id}/");
    }

    /// <summary>
    /// The directives whose transposition deadline passed after every text the current answer
    /// cites (<see cref="Transposition"/>): a law transposing them may have changed it.
    /// </summary>
    public static IReadOnlyList<string> MayPredate(ContentSet content, Jurisdiction j, string questionId, ResolvedAnswer a, DateOnly asOf) =>
        content.Questions.Find(questionId) is { } question
            ? Transposition.Pending(content, j, question, a, asOf).Select(i => i.Id).ToList()
            : [];

    /// <summary>The help-wanted work list: unknown answers carry their summary (what would settle them), the other lists only name the answer.</summary>
    public static GapsResponse Gaps(ResearchGaps gaps, DateOnly asOf, string version)
    {
        var countries = gaps.Jurisdictions.Select(entry =>
        {
            var id = entry.Jurisdiction.Id;
            GapDto Gap(AnswerGap gap, bool withSummary) =>
                new(gap.Question.Id, gap.Question.Title, SiteUrls.Answer(id, gap.Question.Id), withSummary ? gap.Answer?.Summary : null);
            return new JurisdictionGapsDto(
                id, entry.Jurisdiction.Name, entry.Jurisdiction.Review.Status, SiteUrls.HelpWantedFor(id),
                entry.Missing.Select(g => Gap(g, true)).ToList(),
                entry.Unknown.Select(g => Gap(g, true)).ToList(),
                entry.Draft.Select(g => Gap(g, false)).ToList(),
                entry.Undated.Select(g => Gap(g, false)).ToList(),
                entry.MayPredate.Select(g => new TranspositionGapDto(g.Question.Id, g.Question.Title, SiteUrls.Answer(id, g.Question.Id), g.Instruments.Select(i => i.Id).ToList())).ToList(),
                entry.Cets197Missing,
                entry.GretaWithoutYear.Select(r => r.Round).ToList(),
                entry.NoGretaReport);
        }).ToList();
        var totals = new GapTotalsDto(gaps.Missing, gaps.Unknown, gaps.Draft, gaps.Undated, gaps.MayPredate, gaps.Cets197Missing, gaps.GretaWithoutYear);
        return new GapsResponse(version, asOf, totals, countries.Count, countries);
    }

    public static AnswerDto Answer(ResolvedAnswer a, IReadOnlyList<string> mayPredate) => new(
        a.Value, a.From, a.Until, a.IsCurrent, a.IsRecorded, a.Summary, MarkdownRenderer.ToHtml(a.Summary), a.ProvisionIds, a.SourceIds,
        a.IsRecorded ? a.Checked : null,
        a.FromBasis,
        mayPredate);

    public static QuestionDto Question(Question q, QuestionCatalog catalog) => new(
        q.Id, q.Group, catalog.Groups.FirstOrDefault(g => g.Id == q.Group)?.Title ?? q.Group, q.Type, q.Unit, q.Title, q.Text,
        q.Choices, q.InstrumentIds, q.AppliesWhen);

    private static ProvisionDto Provision(Provision p) => new(
        p.Id, p.Citation, p.Title, p.Language, p.Text, p.Translation, TranslationIsUnofficial: p.Translation is not null,
        p.Url, p.From, p.Until, p.ReplacedBy);

    private static SourceDto Source(Source s) => new(s.Id, s.Title, s.Publisher, s.Date, s.Url, s.Kind, s.Ecli);

    private static Cets197Dto Cets(Cets197Status c) => new(c.Signed, c.Ratified, c.InForce, c.Reports);

    private static ReviewDto Review(Review r) => new(r.Status, r.LastReviewed, r.Notes);
}
