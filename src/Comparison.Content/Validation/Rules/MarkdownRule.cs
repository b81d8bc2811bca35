using Comparison.Content.Diagnostics;
using Comparison.Content.Yaml;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Comparison.Content.Validation.Rules;

/// <summary>
/// Summaries are Markdown rendered with raw HTML disabled, so HTML a contributor writes would
/// show as literal text. Flag it here, where it can be fixed, instead of on the page.
/// </summary>
public sealed class MarkdownRule : IContentRule
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().Build();

    public void Check(RuleContext context)
    {
        for (var i = 0; i < context.Instruments.Instruments.Count; i++)
        {
            CheckMarkdown(context, context.InstrumentsDocument, $"/instruments/{i}/summary", context.Instruments.Instruments[i].Summary);
        }

        foreach (var jurisdiction in context.Jurisdictions)
        {
            foreach (var entry in AnswerEntries.Of(jurisdiction))
            {
                CheckMarkdown(context, jurisdiction.Document, $"{entry.Pointer}/summary", entry.Summary);
            }

            if (jurisdiction.Model.Review.Notes is { } notes)
            {
                CheckMarkdown(context, jurisdiction.Document, "/review/notes", notes);
            }
        }
    }

    private static void CheckMarkdown(RuleContext context, YamlDocument document, string pointer, string markdown)
    {
        MarkdownDocument parsed;
        try
        {
            parsed = Markdown.Parse(markdown, Pipeline);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            context.Error(document, pointer, DiagnosticCodes.Markdown, $"this Markdown cannot be parsed: {e.Message}");
            return;
        }

        if (parsed.Descendants().Any(n => n is HtmlBlock or HtmlInline))
        {
            context.Error(document, pointer, DiagnosticCodes.Markdown,
                "raw HTML is not rendered (it would show as text); use Markdown: **bold**, *italic*, [text](https://...), lists");
        }

        var urls = parsed.Descendants<LinkInline>().Select(link => link.Url)
            .Concat(parsed.Descendants<AutolinkInline>().Select(link => link.IsEmail ? "mailto:" + link.Url : link.Url));
        foreach (var url in urls)
        {
            if (url is { Length: > 0 } && !url.StartsWith("https://", StringComparison.Ordinal) && !url.StartsWith('#'))
            {
                context.Error(document, pointer, DiagnosticCodes.Markdown,
                    $"the link '{url}' must be an absolute https URL (or a #anchor)");
            }
        }
    }
}
