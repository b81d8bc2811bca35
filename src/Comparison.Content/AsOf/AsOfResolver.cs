using Comparison.Content.Model;

namespace Comparison.Content.AsOf;

/// <summary>
/// Resolves "the law as of a date". The current value applies from <c>since</c> on (or always,
/// when no <c>since</c> is known and there is no history); a history entry covers its own range;
/// any other date has nothing recorded and reads as unknown, never as a guess.
/// </summary>
public static class AsOfResolver
{
    /// <summary>The earliest date the knowledge base answers for: CETS 197's entry into force.</summary>
    public static readonly DateOnly Earliest = new(2008, 2, 1);

    public static ResolvedAnswer Resolve(string questionId, Answer answer, DateOnly date)
    {
        if (answer.Since is null ? answer.Earlier.Count == 0 : date >= answer.Since)
        {
            return new ResolvedAnswer(questionId, answer.Value, answer.Since, null, answer.Summary,
                answer.ProvisionIds, answer.SourceIds, IsCurrent: true, IsRecorded: true, answer.Checked, answer.SinceIsEarliestText);
        }

        var previousUntil = (DateOnly?)null;
        foreach (var entry in answer.Earlier)
        {
            var from = entry.From ?? (previousUntil?.AddDays(1));
            if ((from is null || from <= date) && date <= entry.Until)
            {
                return new ResolvedAnswer(questionId, entry.Value, entry.From, entry.Until, entry.Summary,
                    entry.ProvisionIds, entry.SourceIds, IsCurrent: false, IsRecorded: true, answer.Checked);
            }

            previousUntil = entry.Until;
        }

        return new ResolvedAnswer(questionId, AnswerValue.UnknownValue, null, null,
            $"Nothing is recorded for {date:yyyy-MM-dd}.", [], [], IsCurrent: false, IsRecorded: false);
    }

    public static JurisdictionAsOf Resolve(Jurisdiction jurisdiction, DateOnly date)
    {
        var answers = jurisdiction.Answers.ToDictionary(
            pair => pair.Key,
            pair => Resolve(pair.Key, pair.Value, date),
            StringComparer.Ordinal);
        var provisions = jurisdiction.Provisions.Where(p => p.InForceOn(date)).ToList();
        return new JurisdictionAsOf(jurisdiction, date, answers, provisions);
    }
}
