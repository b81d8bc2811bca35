using Comparison.Content.Validation;
using Comparison.Content.Yaml;

namespace Comparison.Content.Links;

/// <summary>
/// Every URL field of the content, in file order: instruments, then per jurisdiction its
/// provisions, sources and GRETA reports. The URL rule checks their form; `comparison
/// check-links` checks that they still answer.
/// </summary>
public static class ContentLinks
{
    internal static IEnumerable<(YamlDocument Document, string Pointer, string Url, LinkKind Kind)> Of(RuleContext context)
    {
        for (var i = 0; i < context.Instruments.Instruments.Count; i++)
        {
            yield return (context.InstrumentsDocument, $"/instruments/{i}/url", context.Instruments.Instruments[i].Url, LinkKind.Instrument);
        }

        foreach (var jurisdiction in context.Jurisdictions)
        {
            var model = jurisdiction.Model;
            for (var i = 0; i < model.Provisions.Count; i++)
            {
                if (model.Provisions[i].Url is { } url)
                {
                    yield return (jurisdiction.Document, $"{Pointers.Provision(i)}/url", url, LinkKind.Provision);
                }
            }

            for (var i = 0; i < model.Sources.Count; i++)
            {
                yield return (jurisdiction.Document, $"{Pointers.Source(i)}/url", model.Sources[i].Url, LinkKind.Source);
            }

            for (var i = 0; i < model.Cets197.Reports.Count; i++)
            {
                yield return (jurisdiction.Document, $"/cets197/greta/{i}/url", model.Cets197.Reports[i].Url, LinkKind.GretaReport);
            }
        }
    }

    internal static IReadOnlyList<ContentLink> Located(RuleContext context) =>
        Of(context).Select(link =>
        {
            var position = link.Document.Map.ValueAt(link.Pointer);
            return new ContentLink(link.Document.Path, position.Line, position.Column, link.Url, link.Kind);
        }).ToList();
}
