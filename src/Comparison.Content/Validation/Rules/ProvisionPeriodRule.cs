using Comparison.Content.Diagnostics;
using Comparison.Content.Model;

namespace Comparison.Content.Validation.Rules;

/// <summary>
/// The provisions an answer cites are the law it rests on for its own period: a current value
/// from <c>since</c> on, a history entry up to its <c>until</c>. When none of the cited provisions
/// is in force on the first day of the current value, or on the last day of a history entry, the
/// "as of" view of that day shows a value next to texts that did not apply. That is a warning:
/// cite the wording in force then (add it as a dated provision), or correct the dates.
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
                if (answer.Since is { } since && IsAnswered(answer.Value)
                    && Cited(model, answer.ProvisionIds) is { Count: > 0 } current
                    && !current.Any(p => p.InForceOn(since)))
                {
                    context.Warning(jurisdiction.Document, $"{Pointers.Answer(questionId)}/since", DiagnosticCodes.ProvisionPeriod,
                        $"none of the provisions this answer cites ({Describe(current)}) is in force on {since:yyyy-MM-dd}, the day its value starts; "
                        + "cite the wording in force then, or correct the dates");
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
