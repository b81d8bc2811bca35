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

/// <summary>One jurisdiction's row of the coverage grid.</summary>
public sealed record CoverageRow(string JurisdictionId, string Name, IReadOnlyList<CoverageState> Cells)
{
    public int Answered => Cells.Count(c => c != CoverageState.Unknown);
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

    public static CoverageReport Of(ContentSet content)
    {
        var rows = content.Jurisdictions
            .OrderBy(j => j.Id, StringComparer.Ordinal)
            .Select(j => new CoverageRow(j.Id, j.Name, content.Questions.Questions.Select(q => StateOf(j, q)).ToList()))
            .ToList();
        return new CoverageReport(content.Questions.Questions, rows);
    }

    private static CoverageState StateOf(Jurisdiction jurisdiction, Question question) =>
        !jurisdiction.Answers.TryGetValue(question.Id, out var answer) || answer.Value.IsUnknown
            ? CoverageState.Unknown
            : jurisdiction.Review.Status == Review.Reviewed ? CoverageState.Reviewed : CoverageState.Draft;
}
