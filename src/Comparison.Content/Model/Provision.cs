namespace Comparison.Content.Model;

/// <summary>
/// A statutory provision, quoted in its original language with an unofficial English
/// translation, valid from <see cref="From"/> to <see cref="Until"/> (inclusive).
/// </summary>
public sealed record Provision(
    string Id,
    string Citation,
    string Title,
    string? Language,
    string? Text,
    string? Translation,
    string? Url,
    DateOnly? From,
    DateOnly? Until,
    string? ReplacedBy)
{
    public bool InForceOn(DateOnly date) => (From is null || From <= date) && (Until is null || date <= Until);
}
