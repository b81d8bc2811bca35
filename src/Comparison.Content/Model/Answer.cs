namespace Comparison.Content.Model;

/// <summary>
/// The current answer to one question, from <see cref="Since"/> on, with the earlier values in
/// <see cref="History"/> (oldest first) so that the law can be shown as of any date.
/// <see cref="Checked"/> is the date a second reader checked the answer, history included,
/// against the primary texts it cites; null while it is a draft. <see cref="SinceBasis"/> says
/// what <see cref="Since"/> is: the day the value took effect (<c>in-force</c>, the default) or
/// only the date of the earliest text read that shows it (<c>earliest-text</c>), when the day it
/// took effect was not established.
/// </summary>
public sealed record Answer(
    AnswerValue Value,
    DateOnly? Since,
    string Summary,
    IReadOnlyList<string>? Provisions,
    IReadOnlyList<string>? Sources,
    IReadOnlyList<HistoryEntry>? History,
    DateOnly? Checked = null,
    string? SinceBasis = null)
{
    /// <summary><c>sinceBasis</c> value: <c>since</c> is the day the value took effect.</summary>
    public const string InForce = "in-force";

    /// <summary><c>sinceBasis</c> value: <c>since</c> is the date of the earliest text read that shows the value.</summary>
    public const string EarliestText = "earliest-text";

    /// <summary>Whether <see cref="Since"/> only bounds the start: the value applied at least from then.</summary>
    public bool SinceIsEarliestText => Since is not null && SinceBasis == EarliestText;

    public IReadOnlyList<string> ProvisionIds => Provisions ?? [];

    public IReadOnlyList<string> SourceIds => Sources ?? [];

    public IReadOnlyList<HistoryEntry> Earlier => History ?? [];
}

/// <summary>An earlier value of an answer, valid from <see cref="From"/> to <see cref="Until"/> inclusive.</summary>
public sealed record HistoryEntry(
    AnswerValue Value,
    DateOnly? From,
    DateOnly Until,
    string Summary,
    IReadOnlyList<string>? Provisions,
    IReadOnlyList<string>? Sources)
{
    public IReadOnlyList<string> ProvisionIds => Provisions ?? [];

    public IReadOnlyList<string> SourceIds => Sources ?? [];
}
