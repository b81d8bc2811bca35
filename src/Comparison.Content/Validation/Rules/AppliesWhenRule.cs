using Comparison.Content.AsOf;
using Comparison.Content.Diagnostics;
using Comparison.Content.Loading;
using Comparison.Content.Model;

namespace Comparison.Content.Validation.Rules;

/// <summary>
/// A follow-up question (<see cref="Question.AppliesWhen"/>) and the answer it follows agree:
/// where the purchase offence is "no", its age limit is not-applicable; where it is "yes", the age
/// limit is not; where it is one of the condition's mayApplyWhen values, either is allowed.
/// Checked on current answers and on every earlier date the two answers' histories distinguish
/// (back to 1 February 2008), so an "as of" view never shows an age limit for a year without a
/// purchase offence. An unknown answer to the first question decides nothing; an earlier period
/// where the first question's value rules the follow-up out but the follow-up records nothing is
/// a warning, because a not-applicable history entry would answer it.
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

                CheckEarlierDates(context, jurisdiction, question, condition, answer, decisive);

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

    /// <summary>
    /// Resolves both answers on every date where either one's recorded value can change (its
    /// <c>since</c>, a history entry's first day, the day after one ends) and reports the first
    /// date on which an earlier value of the follow-up contradicts the answer it follows. Dates on
    /// which both answers are current are left to the check of the current values.
    /// </summary>
    private static void CheckEarlierDates(RuleContext context, LoadedJurisdiction jurisdiction, Question question,
        AppliesWhen condition, Answer answer, Answer decisive)
    {
        if (!IsWellOrdered(answer) || !IsWellOrdered(decisive))
        {
            return; // the history rule reports the overlap; resolving dates in it would only add noise
        }

        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var date in ChangeDates(answer, decisive, context.Today))
        {
            var then = AsOfResolver.Resolve(condition.Question, decisive, date);
            var follow = AsOfResolver.Resolve(question.Id, answer, date);
            if ((then.IsCurrent && follow.IsCurrent) || !then.IsRecorded || then.Value.IsUnknown)
            {
                continue;
            }

            var decisiveValue = then.Value.ToString();
            if (condition.MayApplyValues.Contains(decisiveValue, StringComparer.Ordinal))
            {
                continue;
            }

            var applies = condition.Values.Contains(decisiveValue, StringComparer.Ordinal);
            var decisiveWhere = then.IsCurrent ? "its current value" : "its history";
            if (!follow.IsRecorded)
            {
                if (!applies && reported.Add(Pointers.Answer(question.Id)))
                {
                    var pointer = answer.Since is null ? $"{Pointers.Answer(question.Id)}/value" : $"{Pointers.Answer(question.Id)}/since";
                    context.Warning(jurisdiction.Document, pointer, DiagnosticCodes.AppliesWhen,
                        $"on {date:yyyy-MM-dd} '{condition.Question}' was '{decisiveValue}' ({decisiveWhere}) and '{question.Id}' records nothing; "
                        + "add a history entry with value not-applicable for that period");
                }

                continue;
            }

            if (follow.Value.IsUnknown)
            {
                continue;
            }

            var token = follow.Value.Token;
            var contradicts = applies ? token == AnswerValue.NotApplicable : token != AnswerValue.NotApplicable;
            var entryPointer = EntryPointer(question.Id, answer, follow);
            if (!contradicts || !reported.Add(entryPointer))
            {
                continue;
            }

            var followWhere = follow.IsCurrent ? "its current value" : "its history";
            var advice = applies
                ? "answer it for that period, or make it unknown"
                : follow.IsCurrent
                    ? "date the current value with since and add a not-applicable history entry for the earlier period"
                    : "make that history entry not-applicable";
            context.Error(jurisdiction.Document, $"{entryPointer}/value", DiagnosticCodes.AppliesWhen,
                $"on {date:yyyy-MM-dd} '{question.Id}' was '{follow.Value}' ({followWhere}) but '{condition.Question}' was '{decisiveValue}' ({decisiveWhere}); "
                + $"{advice}, or correct the history of '{condition.Question}'");
        }
    }

    private static bool IsWellOrdered(Answer answer)
    {
        DateOnly? previousUntil = null;
        foreach (var entry in answer.Earlier)
        {
            if ((entry.From is { } from && (from > entry.Until || from <= previousUntil)) || entry.Until <= previousUntil)
            {
                return false;
            }

            previousUntil = entry.Until;
        }

        return answer.Since is not { } since || previousUntil is null || since > previousUntil;
    }

    private static IEnumerable<DateOnly> ChangeDates(Answer answer, Answer decisive, DateOnly today)
    {
        var dates = new SortedSet<DateOnly> { AsOfResolver.Earliest };
        foreach (var candidate in new[] { answer, decisive })
        {
            if (candidate.Since is { } since)
            {
                dates.Add(since);
            }

            foreach (var entry in candidate.Earlier)
            {
                if (entry.From is { } from)
                {
                    dates.Add(from);
                }

                if (entry.Until < DateOnly.MaxValue)
                {
                    dates.Add(entry.Until.AddDays(1));
                }
            }
        }

        return dates.Where(d => d >= AsOfResolver.Earliest && d <= today);
    }

    private static string EntryPointer(string questionId, Answer answer, ResolvedAnswer resolved)
    {
        if (!resolved.IsCurrent)
        {
            for (var i = 0; i < answer.Earlier.Count; i++)
            {
                if (answer.Earlier[i].Until == resolved.Until)
                {
                    return Pointers.History(questionId, i);
                }
            }
        }

        return Pointers.Answer(questionId);
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
