using Comparison.Content.Diagnostics;
using Comparison.Content.Model;

namespace Comparison.Content.Validation.Rules;

/// <summary>
/// A follow-up question (<see cref="Question.AppliesWhen"/>) and the answer it follows agree:
/// where the purchase offence is "no", its age limit is not-applicable; where it is "yes", the age
/// limit is not; where it is one of the condition's mayApplyWhen values, either is allowed.
/// Checked on current answers; an unknown answer to the first question decides nothing.
/// </summary>
public sealed class AppliesWhenRule : IContentRule
{
    public void Check(RuleContext context)
    {
        var followUps = CheckCatalog(context);
        foreach (var jurisdiction in context.Jurisdictions)
        {
            var answers = jurisdiction.Model.Answers;
            foreach (var (question, condition) in followUps)
            {
                if (!answers.TryGetValue(question.Id, out var answer)
                    || !answers.TryGetValue(condition.Question, out var decisive)
                    || decisive.Value.IsUnknown)
                {
                    continue;
                }

                var decisiveValue = decisive.Value.ToString();
                if (condition.MayApplyValues.Contains(decisiveValue, StringComparer.Ordinal))
                {
                    continue;
                }

                var applies = condition.Values.Contains(decisiveValue, StringComparer.Ordinal);
                var pointer = $"{Pointers.Answer(question.Id)}/value";
                var token = answer.Value.Token;
                if (applies && token == AnswerValue.NotApplicable)
                {
                    context.Error(jurisdiction.Document, pointer, DiagnosticCodes.AppliesWhen,
                        $"'{question.Id}' is not-applicable, but '{condition.Question}' is '{decisiveValue}', so it applies; answer it, or make it unknown");
                }
                else if (!applies && token != AnswerValue.NotApplicable)
                {
                    var message = $"'{condition.Question}' is '{decisiveValue}', and '{question.Id}' applies only where it is "
                        + $"{string.Join(" or ", condition.Values)}; make it not-applicable and say why in the summary";
                    if (answer.Value.IsUnknown)
                    {
                        context.Warning(jurisdiction.Document, pointer, DiagnosticCodes.AppliesWhen, message);
                    }
                    else
                    {
                        context.Error(jurisdiction.Document, pointer, DiagnosticCodes.AppliesWhen,
                            $"'{question.Id}' is '{answer.Value}', but {message}, or correct '{condition.Question}'");
                    }
                }
            }
        }
    }

    /// <summary>The follow-up questions whose condition names a question and values that exist.</summary>
    private static List<(Question Question, AppliesWhen Condition)> CheckCatalog(RuleContext context)
    {
        var followUps = new List<(Question, AppliesWhen)>();
        var questions = context.Questions.Questions;
        for (var i = 0; i < questions.Count; i++)
        {
            if (questions[i].AppliesWhen is not { } condition)
            {
                continue;
            }

            var pointer = $"/questions/{i}/appliesWhen";
            if (context.Questions.Find(condition.Question) is not { } decisive || decisive.Id == questions[i].Id)
            {
                context.Error(context.QuestionsDocument, $"{pointer}/question", DiagnosticCodes.UnknownReference,
                    $"'{condition.Question}' is not another question's id; name the question this one follows");
                continue;
            }

            var fits = ValuesFit(context, decisive, condition.Values, $"{pointer}/values")
                & ValuesFit(context, decisive, condition.MayApplyValues, $"{pointer}/mayApplyWhen");

            if (fits)
            {
                followUps.Add((questions[i], condition));
            }
        }

        return followUps;
    }

    private static bool ValuesFit(RuleContext context, Question decisive, IReadOnlyList<string> values, string pointer)
    {
        var fits = true;
        for (var k = 0; k < values.Count; k++)
        {
            if (ValueFitsQuestionRule.Problem(decisive, Parse(values[k])) is { } problem)
            {
                fits = false;
                context.Error(context.QuestionsDocument, $"{pointer}/{k}", DiagnosticCodes.ValueType,
                    $"'{values[k]}' is not a value of '{decisive.Id}': {problem}");
            }
        }

        return fits;
    }

    private static AnswerValue Parse(string value) =>
        decimal.TryParse(value, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var number)
            ? AnswerValue.Of(number)
            : AnswerValue.Word(value);
}
