using Comparison.Content.Loading;
using Comparison.Content.Model;

namespace Comparison.Content.Validation;

/// <summary>A current answer or one of its history entries, with where it was written.</summary>
internal sealed record AnswerEntry(
    string QuestionId,
    string Pointer,
    AnswerValue Value,
    string Summary,
    IReadOnlyList<string> ProvisionIds,
    IReadOnlyList<string> SourceIds,
    bool IsCurrent);

internal static class AnswerEntries
{
    /// <summary>Every answer of a file, current values and history alike, in file order.</summary>
    public static IEnumerable<AnswerEntry> Of(LoadedJurisdiction jurisdiction)
    {
        foreach (var (questionId, answer) in jurisdiction.Model.Answers)
        {
            yield return new AnswerEntry(questionId, Pointers.Answer(questionId), answer.Value, answer.Summary,
                answer.ProvisionIds, answer.SourceIds, IsCurrent: true);
            for (var i = 0; i < answer.Earlier.Count; i++)
            {
                var entry = answer.Earlier[i];
                yield return new AnswerEntry(questionId, Pointers.History(questionId, i), entry.Value, entry.Summary,
                    entry.ProvisionIds, entry.SourceIds, IsCurrent: false);
            }
        }
    }
}
