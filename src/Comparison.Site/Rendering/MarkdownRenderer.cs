using Markdig;

namespace Comparison.Site.Rendering;

/// <summary>
/// Renders content Markdown to HTML with raw HTML disabled: whatever a YAML file holds, the
/// output carries no markup but what Markdown itself makes, and text is escaped.
/// </summary>
public static class MarkdownRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseAutoLinks()
        .Build();

    public static string ToHtml(string markdown) => SafeLinks(Markdown.ToHtml(markdown, Pipeline)).TrimEnd('\n');

    /// <summary>Links other than https and in-page anchors (javascript:, data:, ...) lose their target.</summary>
    private static string SafeLinks(string html) =>
        System.Text.RegularExpressions.Regex.Replace(html, "href=\"(?!https://|#)[^\"]*\"", "href=\"#\"");
}
