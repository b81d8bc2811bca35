using Comparison.Content.Diagnostics;

namespace Comparison.Content.Validation.Rules;

/// <summary>
/// Every file answers every question (<c>unknown</c> counts), so the matrix has no holes and a
/// new question shows up as work to do in every file; and no file answers a question that
/// does not exist.
/// </summary>
public sealed class EveryQuestionAnsweredRule : IContentRule
{
    public void Check(RuleContext context)
    {
        var questionIds = context.Questions.Questions.Select(q => q.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var jurisdiction in context.Jurisdictions)
        {
            foreach (var question in context.Questions.Questions)
            {
                if (!jurisdiction.Model.Answers.ContainsKey(question.Id))
                {
                    context.ErrorAtKey(jurisdiction.Document, "/answers", DiagnosticCodes.Unanswered,
                        $"no answer to '{question.Id}'; add it (value: unknown, with a sentence on what is missing, is a valid answer)");
                }
            }

            foreach (var questionId in jurisdiction.Model.Answers.Keys)
            {
                if (!questionIds.Contains(questionId))
                {
                    context.ErrorAtKey(jurisdiction.Document, Pointers.Answer(questionId), DiagnosticCodes.UnknownReference,
                        $"'{questionId}' is not a question id in questions.yaml");
                }
            }
        }
    }
}
