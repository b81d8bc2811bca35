using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

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

    public static string ToHtml(string markdown)
    {
        var document = Markdown.Parse(markdown, Pipeline);

        // An image would make every reader's browser fetch from another host (and the site's CSP
        // refuses it anyway): it is shown as a link to the picture instead.
        foreach (var image in document.Descendants<LinkInline>().Where(link => link.IsImage))
        {
            image.IsImage = false;
        }

        return SafeLinks(document.ToHtml(Pipeline)).TrimEnd('\n');
    }

    /// <summary>Links other than https and in-page anchors (javascript:, data:, ...) lose their target.</summary>
    private static string SafeLinks(string html) =>
        System.Text.RegularExpressions.Regex.Replace(html, "href=\"(?!https://|#)[^\"]*\"", "href=\"#\"");
}
