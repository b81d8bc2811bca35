namespace Comparison.Content.Model;

/// <summary>
/// The current answer to one question, from <see cref="Since"/> on, with the earlier values in
/// <see cref="History"/> (oldest first) so that the law can be shown as of any date.
/// <see cref="Checked"/> is the date a second reader checked the answer, history included,
/// against the primary texts it cites; null while it is a draft.
/// </summary>
public sealed record Answer(
    AnswerValue Value,
    DateOnly? Since,
    string Summary,
    IReadOnlyList<string>? Provisions,
    IReadOnlyList<string>? Sources,
    IReadOnlyList<HistoryEntry>? History,
    DateOnly? Checked = null)
{
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
