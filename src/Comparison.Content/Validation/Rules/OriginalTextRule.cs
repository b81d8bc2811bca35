using Comparison.Content.Diagnostics;

namespace Comparison.Content.Validation.Rules;

/// <summary>
/// Readers need the provision in its own words: an excerpt in the original language, and for
/// a non-English text an unofficial translation. Missing either is a warning, not an error,
/// because a provision read only in GRETA's English is still worth citing.
/// </summary>
public sealed class OriginalTextRule : IContentRule
{
    public void Check(RuleContext context)
    {
        foreach (var jurisdiction in context.Jurisdictions)
        {
            for (var i = 0; i < jurisdiction.Model.Provisions.Count; i++)
            {
                var provision = jurisdiction.Model.Provisions[i];
                if (provision.Text is null)
                {
                    context.Warning(jurisdiction.Document, $"/provisions/{i}", DiagnosticCodes.OriginalText,
                        $"provision '{provision.Id}' has no original-language text; quote the statute from its official portal");
                }
                else if (provision.Language != "en" && provision.Translation is null)
                {
                    context.Warning(jurisdiction.Document, $"/provisions/{i}", DiagnosticCodes.OriginalText,
                        $"provision '{provision.Id}' has no unofficial English translation");
                }
            }
        }
    }
}
