using System.Collections.Concurrent;
using System.Globalization;
using Comparison.Content.AsOf;
using Comparison.Content.Currency;
using Comparison.Content.Model;
using Comparison.Site.Map;

namespace Comparison.Site.Building;

/// <summary>
/// Everything a page needs besides its own parameters: the content, the options, "today" and
/// the map, with each date's resolved answers computed once and shared by every page.
/// </summary>
public sealed class SiteContext
{
    private readonly ConcurrentDictionary<DateOnly, IReadOnlyDictionary<string, JurisdictionAsOf>> resolved = new();

    public SiteContext(ContentSet content, SiteOptions options, EuropeMap map)
    {
        Content = content;
        Options = options;
        Map = map;
        Today = DateOnly.FromDateTime(options.BuildDate.UtcDateTime);
        Jurisdictions = content.Jurisdictions.OrderBy(j => j.Name, StringComparer.Ordinal).ThenBy(j => j.Id, StringComparer.Ordinal).ToList();
        GroupTitles = content.Questions.Groups.ToDictionary(g => g.Id, g => g.Title, StringComparer.Ordinal);
    }

    public ContentSet Content { get; }

    public SiteOptions Options { get; }

    public EuropeMap Map { get; }

    /// <summary>The build date: the date pages answer for unless a host asks for another.</summary>
    public DateOnly Today { get; }

    /// <summary>Jurisdictions in the order readers look for them: by English name.</summary>
    public IReadOnlyList<Jurisdiction> Jurisdictions { get; }

    public IReadOnlyDictionary<string, string> GroupTitles { get; }

    public IReadOnlyList<string> Banner => Options.Banner ?? [];

    public IReadOnlyDictionary<string, JurisdictionAsOf> AsOf(DateOnly date) =>
        resolved.GetOrAdd(date, d => Content.Jurisdictions.ToDictionary(j => j.Id, j => AsOfResolver.Resolve(j, d), StringComparer.Ordinal));

    public ResolvedAnswer? Answer(string jurisdictionId, string questionId, DateOnly date) =>
        AsOf(date).TryGetValue(jurisdictionId, out var j) ? j.Answers.GetValueOrDefault(questionId) : null;

    public string Canonical(string path) => SiteUrls.Absolute(Options.CanonicalBaseUrl, path);

    /// <summary>Dates are always written as ISO 8601 (2019-04-12): unambiguous in every country.</summary>
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Date(DateOnly? date) => date is { } d ? Date(d) : string.Empty;

    /// <summary>
    /// Whether an answer shown for a date has been checked against its primary texts: by its own
    /// <c>checked</c> date, or because the whole file is reviewed. Null when there is nothing to
    /// check (no answer recorded, or unknown).
    /// </summary>
    public static AnswerCheck? CheckOf(Jurisdiction jurisdiction, ResolvedAnswer? answer) =>
        answer is not { IsRecorded: true } || answer.Value.IsUnknown
            ? null
            : answer.Checked is { } on
                ? new AnswerCheck(true, $"Checked against the primary text on {Date(on)}.")
                : jurisdiction.Review.Status == Review.Reviewed
                    ? new AnswerCheck(true, $"Checked against the primary text (file reviewed, last on {Date(jurisdiction.Review.LastReviewed)}).")
                    : new AnswerCheck(false, "Draft: not yet checked against the primary text by a second reader.");

    /// <summary>
    /// For the current value of an EU member's answer: the notice that a directive's transposition
    /// deadline passed after every text the answer cites, so a transposing law may have changed it
    /// (<see cref="Transposition"/>); null when there is none or the view is of an earlier rule.
    /// </summary>
    public static string? PendingTransposition(ContentSet content, Jurisdiction jurisdiction, Question question, ResolvedAnswer? resolved, DateOnly asOf)
    {
        var pending = Transposition.Pending(content, jurisdiction, question, resolved, asOf);
        return pending.Count == 0
            ? null
            : string.Join(" ", pending.Select(i =>
                $"{i.Short} ({i.Article}) had to be transposed by {Date(i.TranspositionDeadline!.Value)}; every text this answer cites is dated earlier, so a law transposing it may have changed this answer."));
    }

    public static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    public static string Membership(string id) => id switch
    {
        "eu" => "European Union",
        "coe" => "Council of Europe",
        "eea" => "European Economic Area",
        _ => id,
    };

    /// <summary>Only https addresses become links; anything else (content is validated, but the site does not rely on it) does not.</summary>
    public static string? SafeExternalUrl(string? url) =>
        url is not null && url.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ? url : null;
}

/// <summary>What a reader is told about how far an answer has been checked.</summary>
public sealed record AnswerCheck(bool IsChecked, string Text);
