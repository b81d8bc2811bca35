using Comparison.Content.Coverage;
using Comparison.Content.Diagnostics;
using Comparison.Content.Links;
using Comparison.Content.Model;

namespace Comparison.Content.Loading;

/// <summary>
/// The outcome of loading and validating a content folder: every diagnostic, and the content
/// itself when there are no errors (warnings do not block a build).
/// </summary>
public sealed record LoadResult(ContentSet? Content, IReadOnlyList<Diagnostic> Diagnostics, int FileCount)
{
    public int ErrorCount => Diagnostics.Count(d => d.IsError);

    public int WarningCount => Diagnostics.Count(d => !d.IsError);

    public bool Succeeded => Content is not null && ErrorCount == 0;

    /// <summary>Every URL field of the files that could be read, located (empty when a catalog could not be read).</summary>
    public IReadOnlyList<ContentLink> Links { get; init; } = [];

    /// <summary>
    /// Answered questions whose value reaches back to 1 February 2008 on no dated text, located
    /// (empty when a catalog could not be read): not errors, but where dating is still missing.
    /// </summary>
    public IReadOnlyList<UndatedAnswer> Undated { get; init; } = [];
}
