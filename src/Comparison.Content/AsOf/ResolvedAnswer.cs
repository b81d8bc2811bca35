using Comparison.Content.Model;

namespace Comparison.Content.AsOf;

/// <summary>
/// The answer that applied on one date: its value, the period it covers, and what it rests on.
/// <see cref="IsRecorded"/> is false when nothing is recorded for that date (value unknown).
/// <see cref="Checked"/> is the date the answer was checked against its primary texts, if it was.
/// <see cref="FromIsEarliestText"/> is true when <see cref="From"/> is only the date of the
/// earliest text read that shows the value ("at least since"), not the day it took effect.
/// </summary>
public sealed record ResolvedAnswer(
    string QuestionId,
    AnswerValue Value,
    DateOnly? From,
    DateOnly? Until,
    string Summary,
    IReadOnlyList<string> ProvisionIds,
    IReadOnlyList<string> SourceIds,
    bool IsCurrent,
    bool IsRecorded,
    DateOnly? Checked = null,
    bool FromIsEarliestText = false)
{
    /// <summary>What <see cref="From"/> is, in the content's words: <c>in-force</c> or <c>earliest-text</c>; null without a date.</summary>
    public string? FromBasis => From is null ? null : FromIsEarliestText ? Answer.EarliestText : Answer.InForce;
}
