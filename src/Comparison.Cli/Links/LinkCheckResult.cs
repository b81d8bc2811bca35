namespace Comparison.Cli.Links;

/// <summary>
/// What one URL answered: its final status (0 when no answer came), the redirects followed to it,
/// and why it counts as broken, if it does.
/// </summary>
public sealed record LinkCheckResult(string Url, int Status, IReadOnlyList<Redirect> Redirects, string? Problem, bool UsedGet)
{
    public bool IsBroken => Problem is not null;

    public string FinalUrl => Redirects.Count == 0 ? Url : Redirects[^1].To;

    /// <summary>The status column: "404", "timeout", "error: ...", or "200" after redirects.</summary>
    public string Describe() => Problem ?? Status.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>One hop: the status that sent the checker on, and where to.</summary>
public sealed record Redirect(int Status, string From, string To);
