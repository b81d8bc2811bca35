using Comparison.Content.Diagnostics;
using Comparison.Content.Model;

namespace Comparison.Content.Validation.Rules;

/// <summary>An answer's value is one its question's type allows.</summary>
public sealed class ValueFitsQuestionRule : IContentRule
{
    private static readonly string[] YesNo = ["yes", "no", "partial", AnswerValue.Unknown, AnswerValue.NotApplicable];
    private static readonly string[] Always = [AnswerValue.Unknown, AnswerValue.NotApplicable];

    public void Check(RuleContext context)
    {
        foreach (var jurisdiction in context.Jurisdictions)
        {
            foreach (var entry in AnswerEntries.Of(jurisdiction))
            {
                if (context.Questions.Find(entry.QuestionId) is not { } question)
                {
                    continue;
                }

                if (Problem(question, entry.Value) is { } problem)
                {
                    context.Error(jurisdiction.Document, $"{entry.Pointer}/value", DiagnosticCodes.ValueType,
                        $"'{entry.Value}' does not fit '{question.Id}': {problem}");
                }
            }
        }
    }

    /// <summary>Null when the value fits; otherwise what the question accepts.</summary>
    public static string? Problem(Question question, AnswerValue value)
    {
        var options = question.Choices.Select(o => o.Id).ToList();
        return question.Type switch
        {
            QuestionTypes.YesNo when value.Token is { } t && YesNo.Contains(t) => null,
            QuestionTypes.YesNo => $"use one of {string.Join(", ", YesNo)}",
            QuestionTypes.Number when value.Number is not null || (value.Token is { } t && Always.Contains(t)) => null,
            QuestionTypes.Number => $"use a number ({question.Unit ?? "no unit"}), unknown or not-applicable",
            QuestionTypes.Choice when value.Token is { } t && (options.Contains(t) || Always.Contains(t)) => null,
            QuestionTypes.Choice => $"use one of {string.Join(", ", options.Concat(Always))}",
            QuestionTypes.MultiChoice when value.Options is { } list && list.All(options.Contains) => null,
            QuestionTypes.MultiChoice when value.Token is { } t && Always.Contains(t) => null,
            QuestionTypes.MultiChoice => $"use a list of any of {string.Join(", ", options)}; or unknown, or not-applicable",
            QuestionTypes.Text when value.Token is AnswerValue.Answered or AnswerValue.Unknown or AnswerValue.NotApplicable => null,
            QuestionTypes.Text => "a text question takes answered (the summary is the answer), unknown or not-applicable",
            _ => null,
        };
    }
}
