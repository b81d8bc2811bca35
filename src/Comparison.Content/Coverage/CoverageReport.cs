using Comparison.Content.AsOf;
using Comparison.Content.Model;

namespace Comparison.Content.Coverage;

/// <summary>How far one answer is established.</summary>
public enum CoverageState
{
    /// <summary>Nobody has established it yet: `unknown`.</summary>
    Unknown,

    /// <summary>Answered from sources, not yet independently checked.</summary>
    Draft,

    /// <summary>Answered and checked against the primary text.</summary>
    Reviewed,
}

/// <summary>
/// One jurisdiction's row of the coverage grid. <see cref="Required"/> says, per question, whether
/// the depth targets of questions.yaml require an answer; <see cref="Cets197Dated"/> whether the
/// ratification (or accession) and entry-into-force dates of CETS 197 are recorded;
/// <see cref="GretaReports"/> how many GRETA evaluation reports are listed and
/// <see cref="GretaUndated"/> how many of them still lack their year of publication;
/// <see cref="HistoryGaps"/> how many answered questions record nothing for part of the period
/// since CETS 197 entered into force (1 February 2008), so that an "as of" view of those dates
/// reads unknown; <see cref="UndatedValues"/> how many answered questions carry their value back
/// to that day on no dated text (see <see cref="CoverageReport.IsUndated"/>).
/// </summary>
public sealed record CoverageRow(
    string JurisdictionId,
    string Name,
    IReadOnlyList<CoverageState> Cells,
    IReadOnlyList<bool> Required,
    bool FullDepth,
    bool Cets197Dated,
    int GretaReports,
    int GretaUndated,
    int HistoryGaps,
    int UndatedValues)
{
    public int Answered => Cells.Count(c => c != CoverageState.Unknown);

    public int RequiredCount => Required.Count(r => r);

    /// <summary>Required answers that are still unknown.</summary>
    public int Missing => Cells.Where((c, i) => Required[i] && c == CoverageState.Unknown).Count();

    public bool IsMissing(int questionIndex) => Required[questionIndex] && Cells[questionIndex] == CoverageState.Unknown;
}

/// <summary>
/// The jurisdiction × question grid of answered / unknown / draft, with totals: where a
/// contributor's help is needed. Used by `validate --coverage` and the site's about page.
/// </summary>
public sealed record CoverageReport(IReadOnlyList<Question> Questions, IReadOnlyList<CoverageRow> Rows)
{
    public int Cells => Rows.Count * Questions.Count;

    public int Count(CoverageState state) => Rows.Sum(r => r.Cells.Count(c => c == state));

    public int AnsweredFor(int questionIndex) => Rows.Count(r => r.Cells[questionIndex] != CoverageState.Unknown);

    /// <summary>Answers the depth targets require, in all rows.</summary>
    public int RequiredCells => Rows.Sum(r => r.RequiredCount);

    /// <summary>Required answers that are still unknown, in all rows.</summary>
    public int MissingCells => Rows.Sum(r => r.Missing);

    public int Cets197Dated => Rows.Count(r => r.Cets197Dated);

    /// <summary>GRETA evaluation reports listed, in all rows.</summary>
    public int GretaReports => Rows.Sum(r => r.GretaReports);

    /// <summary>Listed GRETA reports whose year of publication is not recorded, in all rows.</summary>
    public int GretaUndated => Rows.Sum(r => r.GretaUndated);

    /// <summary>Answered questions with nothing recorded for part of the period since 1 February 2008, in all rows.</summary>
    public int HistoryGaps => Rows.Sum(r => r.HistoryGaps);

    /// <summary>Answered questions whose value reaches back to 1 February 2008 on no dated text, in all rows.</summary>
    public int UndatedValues => Rows.Sum(r => r.UndatedValues);

    public static CoverageReport Of(ContentSet content) =>
        new(content.Questions.Questions, content.Jurisdictions.OrderBy(j => j.Id, StringComparer.Ordinal).Select(j => RowOf(content, j)).ToList());

    /// <summary>One jurisdiction's row, without computing the others'.</summary>
    public static CoverageRow RowOf(ContentSet content, Jurisdiction j)
    {
        var targets = content.Questions.Targets;
        var core = targets?.CoreQuestionIds ?? [];

        // Without targets nothing is required, so the report shows no gaps.
        var fullDepth = targets is not null
            && ((targets.Full?.JurisdictionIds ?? []).Contains(j.Id, StringComparer.Ordinal) || (targets.Full?.MembershipIds ?? []).Any(j.IsMemberOf));
        return new CoverageRow(
            j.Id,
            j.Name,
            content.Questions.Questions.Select(q => StateOf(j, q)).ToList(),
            content.Questions.Questions.Select(q => fullDepth || core.Contains(q.Id, StringComparer.Ordinal)).ToList(),
            fullDepth,
            j.Cets197.Ratified is not null && j.Cets197.InForce is not null,
            j.Cets197.Reports.Count,
            j.Cets197.Reports.Count(r => r.Year is null),
            j.Answers.Count(pair => HasHistoryGap(pair.Key, pair.Value)),
            j.Answers.Values.Count(answer => IsUndated(j, answer)));
    }

    /// <summary>
    /// Whether an answered question records nothing on some day since 1 February 2008: the first
    /// day, or a day after a history entry ends and before the next value starts.
    /// </summary>
    public static bool HasHistoryGap(string questionId, Answer answer)
    {
        if (answer.Value.IsUnknown)
        {
            return false;
        }

        var days = answer.Earlier.Select(e => e.Until.AddDays(1)).Prepend(AsOfResolver.Earliest);
        return days.Any(day => day >= AsOfResolver.Earliest && !AsOfResolver.Resolve(questionId, answer, day).IsRecorded);
    }

    /// <summary>
    /// Whether an answered question's value reaches back to 1 February 2008 on no dated text: it
    /// has no <c>since</c> and no history, so every "as of" view since that day shows it, yet none
    /// of the provisions it cites records a start (<c>from</c>) on or before that day. Nothing in
    /// the file then shows that the value was already the law in 2008; the provisions' start dates,
    /// or a <c>since</c> with the earlier value as history, would. Answers that cite no provision
    /// (an absence of law, a description of practice) are not counted.
    /// </summary>
    public static bool IsUndated(Jurisdiction jurisdiction, Answer answer)
    {
        if (answer.Value.IsUnknown || answer.Value.Token == AnswerValue.NotApplicable
            || answer.Since is not null || answer.Earlier.Count > 0)
        {
            return false;
        }

        var cited = answer.ProvisionIds.Select(jurisdiction.FindProvision).OfType<Provision>().ToList();
        return cited.Count > 0
            && !cited.Any(p => p.From is { } from && from <= AsOfResolver.Earliest && p.InForceOn(AsOfResolver.Earliest));
    }

    private static CoverageState StateOf(Jurisdiction jurisdiction, Question question) =>
        !jurisdiction.Answers.TryGetValue(question.Id, out var answer) || answer.Value.IsUnknown
            ? CoverageState.Unknown
            : jurisdiction.Review.Status == Review.Reviewed || answer.Checked is not null ? CoverageState.Reviewed : CoverageState.Draft;
}
