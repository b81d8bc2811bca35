using Comparison.Content.Currency;
using Comparison.Content.Model;

namespace Comparison.Content.Coverage;

/// <summary>One answer that needs research, with its question and the answer as it stands (null when the file has none).</summary>
public sealed record AnswerGap(Question Question, Answer? Answer);

/// <summary>An EU member's answer that may predate a directive whose transposition deadline has passed.</summary>
public sealed record TranspositionGap(Question Question, Answer Answer, IReadOnlyList<Instrument> Instruments);

/// <summary>
/// What is still to be researched for one jurisdiction, in the order a contributor would take it:
/// required answers that are unknown, answers not yet checked against their primary texts,
/// answers with no recorded start date, answers that may predate a directive, the CETS 197 dates
/// and the GRETA reports' years. Each list follows the order of the questions.
/// </summary>
public sealed record JurisdictionGaps(
    Jurisdiction Jurisdiction,
    IReadOnlyList<AnswerGap> Missing,
    IReadOnlyList<AnswerGap> Unknown,
    IReadOnlyList<AnswerGap> Draft,
    IReadOnlyList<AnswerGap> Undated,
    IReadOnlyList<TranspositionGap> MayPredate,
    IReadOnlyList<string> Cets197Missing,
    IReadOnlyList<GretaReport> GretaWithoutYear)
{
    /// <summary>No GRETA report is listed at all.</summary>
    public bool NoGretaReport => Jurisdiction.Cets197.Reports.Count == 0;

    public bool IsEmpty => Missing.Count + Unknown.Count + Draft.Count + Undated.Count + MayPredate.Count
        + Cets197Missing.Count + GretaWithoutYear.Count == 0 && !NoGretaReport;
}

/// <summary>
/// Where help is needed, per jurisdiction: the work list behind the coverage grid. The site's
/// "Help wanted" page and the API's /gaps endpoint show it; the counts agree with
/// <see cref="CoverageReport"/> and <see cref="Transposition.CountPending"/>.
/// </summary>
public sealed record ResearchGaps(IReadOnlyList<JurisdictionGaps> Jurisdictions)
{
    public int Missing => Jurisdictions.Sum(j => j.Missing.Count);

    public int Unknown => Jurisdictions.Sum(j => j.Unknown.Count);

    public int Draft => Jurisdictions.Sum(j => j.Draft.Count);

    public int Undated => Jurisdictions.Sum(j => j.Undated.Count);

    public int MayPredate => Jurisdictions.Sum(j => j.MayPredate.Count);

    public int Cets197Missing => Jurisdictions.Count(j => j.Cets197Missing.Count > 0);

    public int GretaWithoutYear => Jurisdictions.Sum(j => j.GretaWithoutYear.Count);

    /// <summary>The gaps of every jurisdiction, in the order of <paramref name="jurisdictions"/> (all of them when null), as of <paramref name="today"/>.</summary>
    public static ResearchGaps Of(ContentSet content, DateOnly today, IEnumerable<Jurisdiction>? jurisdictions = null)
    {
        var questions = content.Questions.Questions;
        var list = (jurisdictions ?? content.Jurisdictions).Select(j =>
        {
            var row = CoverageReport.RowOf(content, j);
            var missing = new List<AnswerGap>();
            var unknown = new List<AnswerGap>();
            var draft = new List<AnswerGap>();
            var undated = new List<AnswerGap>();
            var mayPredate = new List<TranspositionGap>();
            for (var i = 0; i < questions.Count; i++)
            {
                var question = questions[i];
                var answer = j.Answers.GetValueOrDefault(question.Id);
                switch (row.Cells[i])
                {
                    case CoverageState.Unknown:
                        (row.IsMissing(i) ? missing : unknown).Add(new AnswerGap(question, answer));
                        continue;
                    case CoverageState.Draft:
                        draft.Add(new AnswerGap(question, answer));
                        break;
                }

                if (answer is null)
                {
                    continue;
                }

                if (CoverageReport.IsUndated(j, answer))
                {
                    undated.Add(new AnswerGap(question, answer));
                }

                if (Transposition.Pending(content, j, question, answer, today) is { Count: > 0 } instruments)
                {
                    mayPredate.Add(new TranspositionGap(question, answer, instruments));
                }
            }

            var cets = new List<string>();
            if (j.Cets197.Ratified is null)
            {
                cets.Add("ratification or accession");
            }

            if (j.Cets197.InForce is null)
            {
                cets.Add("entry into force");
            }

            return new JurisdictionGaps(j, missing, unknown, draft, undated, mayPredate, cets,
                j.Cets197.Reports.Where(r => r.Year is null).OrderBy(r => r.Round).ToList());
        }).ToList();
        return new ResearchGaps(list);
    }
}
