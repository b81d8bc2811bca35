using Comparison.Content.Diagnostics;
using Comparison.Content.Yaml;

namespace Comparison.Content.Validation.Rules;

/// <summary>Links a legislator follows are absolute https addresses of public pages.</summary>
public sealed class UrlRule : IContentRule
{
    public void Check(RuleContext context)
    {
        for (var i = 0; i < context.Instruments.Instruments.Count; i++)
        {
            CheckUrl(context, context.InstrumentsDocument, $"/instruments/{i}/url", context.Instruments.Instruments[i].Url);
        }

        foreach (var jurisdiction in context.Jurisdictions)
        {
            var model = jurisdiction.Model;
            for (var i = 0; i < model.Provisions.Count; i++)
            {
                if (model.Provisions[i].Url is { } url)
                {
                    CheckUrl(context, jurisdiction.Document, $"/provisions/{i}/url", url);
                }
                else
                {
                    context.Warning(jurisdiction.Document, $"/provisions/{i}", DiagnosticCodes.Url,
                        $"provision '{model.Provisions[i].Id}' has no official URL; link its text on the official portal");
                }
            }

            for (var i = 0; i < model.Sources.Count; i++)
            {
                CheckUrl(context, jurisdiction.Document, $"/sources/{i}/url", model.Sources[i].Url);
            }

            for (var i = 0; i < model.Cets197.Reports.Count; i++)
            {
                CheckUrl(context, jurisdiction.Document, $"/cets197/greta/{i}/url", model.Cets197.Reports[i].Url);
            }
        }
    }

    private static void CheckUrl(RuleContext context, YamlDocument document, string pointer, string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps || string.IsNullOrEmpty(uri.Host))
        {
            context.Error(document, pointer, DiagnosticCodes.Url,
                $"'{url}' is not an absolute https URL; use the page's https address");
        }
        else if (uri.Host is "localhost" || uri.IsLoopback || uri.IsFile)
        {
            context.Error(document, pointer, DiagnosticCodes.Url, $"'{url}' points at a local address, not a public page");
        }
    }
}
