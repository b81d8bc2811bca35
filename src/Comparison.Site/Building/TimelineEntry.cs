using Comparison.Content.Model;

namespace Comparison.Site.Building;

/// <summary>One dated change of one answer: an earlier value's start, or the current value's <c>since</c>.</summary>
public sealed record TimelineEntry(DateOnly Date, Question Question, ValueWord Word, string Note, bool IsCurrent)
{
    /// <summary>
    /// Every history entry and every <c>since</c> date, oldest first. An earlier value without a
    /// start date is placed at its end date, and says so.
    /// </summary>
    public static IReadOnlyList<TimelineEntry> Of(Jurisdiction jurisdiction, QuestionCatalog questions)
    {
        var entries = new List<TimelineEntry>();
        foreach (var question in questions.Questions)
        {
            if (!jurisdiction.Answers.TryGetValue(question.Id, out var answer))
            {
                continue;
            }

            foreach (var earlier in answer.Earlier)
            {
                var word = ValueDisplay.Of(question, earlier.Value);
                entries.Add(earlier.From is { } from
                    ? new TimelineEntry(from, question, word, $"until {SiteContext.Date(earlier.Until)}", false)
                    : new TimelineEntry(earlier.Until, question, word, $"until this date (start not recorded)", false));
            }

            if (answer.Since is { } since)
            {
                entries.Add(new TimelineEntry(since, question, ValueDisplay.Of(question, answer.Value),
                    answer.SinceIsEarliestText ? "in force by this date (current; the earliest text read, start not established)" : "from this date (current)", true));
            }
        }

        return entries.OrderBy(e => e.Date).ThenBy(e => e.Question.Id, StringComparer.Ordinal).ToList();
    }
}
