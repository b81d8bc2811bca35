using Comparison.Content.Diagnostics;

namespace Comparison.Content.Validation.Rules;

/// <summary>
/// History makes "as of" answers possible, so it must tile time: entries oldest first, no
/// overlaps, and the current value's <c>since</c> the day after the last entry ends. A gap is a
/// warning: for dates inside it the answer is shown as unknown. A <c>since</c> that is only the
/// date of the earliest text read (<c>sinceBasis: earliest-text</c>) cannot follow an entry with a
/// known value that ends the day before: that entry would date the change to <c>since</c>.
/// </summary>
public sealed class HistoryRule : IContentRule
{
    public void Check(RuleContext context)
    {
        foreach (var jurisdiction in context.Jurisdictions)
        {
            var document = jurisdiction.Document;
            foreach (var (questionId, answer) in jurisdiction.Model.Answers)
            {
                var history = answer.Earlier;
                for (var i = 1; i < history.Count; i++)
                {
                    var previous = history[i - 1];
                    var entry = history[i];
                    var pointer = Pointers.History(questionId, i);
                    if (entry.Until <= previous.Until)
                    {
                        context.Error(document, $"{pointer}/until", DiagnosticCodes.HistoryOverlap,
                            "history entries go oldest first, each ending after the one before");
                    }
                    else if (entry.From is { } from && from <= previous.Until)
                    {
                        context.Error(document, $"{pointer}/from", DiagnosticCodes.HistoryOverlap,
                            $"this entry starts {from:yyyy-MM-dd}, before the previous one ends ({previous.Until:yyyy-MM-dd})");
                    }
                    else if (entry.From is { } start && start > previous.Until.AddDays(1))
                    {
                        context.Warning(document, $"{pointer}/from", DiagnosticCodes.HistoryGap,
                            $"nothing is recorded from {previous.Until.AddDays(1):yyyy-MM-dd} to {start.AddDays(-1):yyyy-MM-dd}; that period reads as unknown");
                    }
                }

                var answerPointer = Pointers.Answer(questionId);
                if (answer.SinceBasis is not null && answer.Since is null)
                {
                    context.Error(document, $"{answerPointer}/sinceBasis", DiagnosticCodes.SinceBasis,
                        "'sinceBasis' says what 'since' is, but this answer has no 'since'; add the date or remove 'sinceBasis'");
                }

                if (history.Count == 0)
                {
                    continue;
                }

                var last = history[^1];
                if (answer.SinceIsEarliestText && answer.Since == last.Until.AddDays(1) && !last.Value.IsUnknown)
                {
                    context.Error(document, $"{Pointers.History(questionId, history.Count - 1)}/value", DiagnosticCodes.SinceBasis,
                        $"'since' ({answer.Since:yyyy-MM-dd}) is only the earliest text read (sinceBasis: earliest-text), yet this entry records '{last.Value}' up to the day before, "
                        + "which dates the change to that day; record the period in which the change happened as 'unknown', or give the day the value took effect and drop sinceBasis");
                }

                if (answer.Since is not { } since)
                {
                    context.ErrorAtKey(document, answerPointer, DiagnosticCodes.SinceHistory,
                        $"this answer has history, so it needs 'since': the day after the last entry ends ({last.Until.AddDays(1):yyyy-MM-dd})");
                }
                else if (since <= last.Until)
                {
                    context.Error(document, $"{answerPointer}/since", DiagnosticCodes.SinceHistory,
                        $"'since' ({since:yyyy-MM-dd}) must be after the last history entry ends ({last.Until:yyyy-MM-dd})");
                }
                else if (since > last.Until.AddDays(1))
                {
                    context.Warning(document, $"{answerPointer}/since", DiagnosticCodes.HistoryGap,
                        $"nothing is recorded from {last.Until.AddDays(1):yyyy-MM-dd} to {since.AddDays(-1):yyyy-MM-dd}; that period reads as unknown");
                }
            }
        }
    }
}
