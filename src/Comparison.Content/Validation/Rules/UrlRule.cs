using Comparison.Content.Diagnostics;
using Comparison.Content.Links;
using Comparison.Content.Yaml;

namespace Comparison.Content.Validation.Rules;

/// <summary>Links a legislator follows are absolute https addresses of public pages.</summary>
public sealed class UrlRule : IContentRule
{
    public void Check(RuleContext context)
    {
        foreach (var (document, pointer, url, _) in ContentLinks.Of(context))
        {
            CheckUrl(context, document, pointer, url);
        }

        foreach (var jurisdiction in context.Jurisdictions)
        {
            var provisions = jurisdiction.Model.Provisions;
            for (var i = 0; i < provisions.Count; i++)
            {
                if (provisions[i].Url is null)
                {
                    context.Warning(jurisdiction.Document, Pointers.Provision(i), DiagnosticCodes.Url,
                        $"provision '{provisions[i].Id}' has no official URL; link its text on the official portal");
                }
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
