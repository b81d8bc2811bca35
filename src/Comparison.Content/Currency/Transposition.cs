using Comparison.Content.AsOf;
using Comparison.Content.Model;

namespace Comparison.Content.Currency;

/// <summary>
/// Whether an answer may predate a law that had to change it. An instrument with a transposition
/// deadline is an EU directive: it binds the jurisdictions that are members of the EU, except
/// those it lists as <c>notBinding</c> (Denmark's opt-out in justice matters). Once its
/// deadline has passed, an EU member's answer to a question that refers to it is only as current
/// as the texts it cites: when none of them (no provision's start, no source's date, not the
/// answer's own <c>since</c>) is on or after the deadline, a transposing law may have changed the
/// answer unseen. That is not an error, but readers are told and contributors see the count.
/// </summary>
public static class Transposition
{
    /// <summary>The membership bound by directives.</summary>
    public const string Union = "eu";

    /// <summary>
    /// The instruments whose transposition deadline passed on or before <paramref name="asOf"/>
    /// after every text the answer cites. Empty for unknown answers and for non-members.
    /// </summary>
    public static IReadOnlyList<Instrument> Pending(ContentSet content, Jurisdiction jurisdiction, Question question, Answer answer, DateOnly asOf)
    {
        if (answer.Value.IsUnknown || !jurisdiction.IsMemberOf(Union))
        {
            return [];
        }

        var latest = new[] { answer.Since }
            .Concat(answer.ProvisionIds.Select(jurisdiction.FindProvision).Select(p => p?.From))
            .Concat(answer.SourceIds.Select(jurisdiction.FindSource).Select(s => s?.Date))
            .Max();
        return question.InstrumentIds
            .Select(id => content.Instruments.Instruments.FirstOrDefault(i => i.Id == id))
            .OfType<Instrument>()
            .Where(i => i.TranspositionDeadline is { } deadline && deadline <= asOf && i.Binds(jurisdiction.Id) && !(latest >= deadline))
            .ToList();
    }

    /// <summary>
    /// The same for an answer resolved as of <paramref name="asOf"/>: only its current value can
    /// predate a transposing law; an earlier rule shown for a past date cannot. Empty otherwise.
    /// </summary>
    public static IReadOnlyList<Instrument> Pending(ContentSet content, Jurisdiction jurisdiction, Question question, ResolvedAnswer? resolved, DateOnly asOf) =>
        resolved is { IsCurrent: true, IsRecorded: true } && jurisdiction.Answers.TryGetValue(question.Id, out var answer)
            ? Pending(content, jurisdiction, question, answer, asOf)
            : [];

    /// <summary>Answers of EU members that rest only on texts dated before a passed transposition deadline, in all jurisdictions.</summary>
    public static int CountPending(ContentSet content, DateOnly asOf) =>
        content.Jurisdictions.Sum(j => content.Questions.Questions.Count(q =>
            j.Answers.TryGetValue(q.Id, out var answer) && Pending(content, j, q, answer, asOf).Count > 0));
}
