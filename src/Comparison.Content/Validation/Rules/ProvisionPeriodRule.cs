using Comparison.Content.AsOf;
using Comparison.Content.Diagnostics;
using Comparison.Content.Model;

namespace Comparison.Content.Validation.Rules;

/// <summary>
/// The provisions an answer cites are the law it rests on for its own period: a current value
/// from <c>since</c> on, a history entry up to its <c>until</c>. When none of the cited provisions
/// is in force on the first day of the current value, or on the last day of a history entry, the
/// "as of" view of that day shows a value next to texts that did not apply. That is a warning:
/// cite the wording in force then (add it as a dated provision), or correct the dates.
/// A current value without <c>since</c> or history applies from 1 February 2008, so it is checked
/// on that day and reported as undated (<c>undated-answer</c>): its date is what is missing.
/// Provisions without dates count as in force on every day.
/// </summary>
public sealed class ProvisionPeriodRule : IContentRule
{
    public void Check(RuleContext context)
    {
        foreach (var jurisdiction in context.Jurisdictions)
        {
            var model = jurisdiction.Model;
            foreach (var (questionId, answer) in model.Answers)
            {
                var firstDay = answer.Since ?? (answer.Earlier.Count == 0 ? AsOfResolver.Earliest : (DateOnly?)null);
                if (firstDay is { } start && IsAnswered(answer.Value)
                    && Cited(model, answer.ProvisionIds) is { Count: > 0 } current
                    && !current.Any(p => p.InForceOn(start)))
                {
                    if (answer.Since is not null)
                    {
                        context.Warning(jurisdiction.Document, $"{Pointers.Answer(questionId)}/since", DiagnosticCodes.ProvisionPeriod,
                            $"none of the provisions this answer cites ({Describe(current)}) is in force on {start:yyyy-MM-dd}, the day its value starts; "
                            + "cite the wording in force then, or correct the dates");
                    }
                    else
                    {
                        var why = current.All(p => p.From > start)
                            ? $"every provision it cites came into force later (the earliest on {current.Min(p => p.From)!.Value:yyyy-MM-dd})"
                            : $"none of the provisions it cites ({Describe(current)}) is in force on that day";
                        context.Warning(jurisdiction.Document, $"{Pointers.Answer(questionId)}/value", DiagnosticCodes.Undated,
                            $"'{questionId}' has no 'since', so it reads as the law of every date since {start:yyyy-MM-dd}, but {why}; "
                            + "date it with 'since' and record the earlier value as history ('unknown' if it is not established)");
                    }
                }

                for (var i = 0; i < answer.Earlier.Count; i++)
                {
                    var entry = answer.Earlier[i];
                    if (IsAnswered(entry.Value)
                        && Cited(model, entry.ProvisionIds) is { Count: > 0 } cited
                        && !cited.Any(p => p.InForceOn(entry.Until)))
                    {
                        context.Warning(jurisdiction.Document, $"{Pointers.History(questionId, i)}/until", DiagnosticCodes.ProvisionPeriod,
                            $"none of the provisions this entry cites ({Describe(cited)}) is in force on {entry.Until:yyyy-MM-dd}, the last day it covers; "
                            + "cite the wording in force then, or correct the dates");
                    }
                }
            }
        }
    }

    private static bool IsAnswered(AnswerValue value) => !value.IsUnknown && value.Token != AnswerValue.NotApplicable;

    private static List<Provision> Cited(Jurisdiction jurisdiction, IReadOnlyList<string> ids) =>
        ids.Select(jurisdiction.FindProvision).OfType<Provision>().ToList();

    private static string Describe(IEnumerable<Provision> provisions) =>
        string.Join(", ", provisions.Select(p => $"'{p.Id}' {(p.From is { } f ? f.ToString("yyyy-MM-dd") : "…")} to {(p.Until is { } u ? u.ToString("yyyy-MM-dd") : "today")}"));
}
