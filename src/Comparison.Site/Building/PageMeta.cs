namespace Comparison.Site.Building;

/// <summary>What the layout needs to know about a page: its path, title, description and which forms it shows.</summary>
public sealed record PageMeta(string Path, string Title, string Description, string Nav)
{
    /// <summary>The head's script, only on pages that use one (search).</summary>
    public bool SearchScript { get; init; }

    public string OgType { get; init; } = "website";

    /// <summary>The date the page answers for, printed on paper copies; null for pages without one.</summary>
    public DateOnly? AsOf { get; init; }
}
