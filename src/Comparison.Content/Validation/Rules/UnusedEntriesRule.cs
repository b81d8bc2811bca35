using Comparison.Content.Diagnostics;

namespace Comparison.Content.Validation.Rules;

/// <summary>
/// A provision or source no answer cites is either a forgotten reference or dead weight.
/// Provisions reached through <c>replacedBy</c> count as cited.
/// </summary>
public sealed class UnusedEntriesRule : IContentRule
{
    public void Check(RuleContext context)
    {
        foreach (var jurisdiction in context.Jurisdictions)
        {
            var entries = AnswerEntries.Of(jurisdiction).ToList();
            var citedProvisions = entries.SelectMany(e => e.ProvisionIds)
                .Concat(jurisdiction.Model.Provisions.Select(p => p.ReplacedBy).OfType<string>())
                .ToHashSet(StringComparer.Ordinal);
            var citedSources = entries.SelectMany(e => e.SourceIds)
                .Concat(jurisdiction.Model.Cets197.SourceIds)
                .ToHashSet(StringComparer.Ordinal);
            for (var i = 0; i < jurisdiction.Model.Provisions.Count; i++)
            {
                var id = jurisdiction.Model.Provisions[i].Id;
                if (!citedProvisions.Contains(id))
                {
                    context.Warning(jurisdiction.Document, $"/provisions/{i}/id", DiagnosticCodes.UnusedEntry,
                        $"no answer cites provision '{id}'; cite it where it applies, or remove it");
                }
            }

            for (var i = 0; i < jurisdiction.Model.Sources.Count; i++)
            {
                var id = jurisdiction.Model.Sources[i].Id;
                if (!citedSources.Contains(id))
                {
                    context.Warning(jurisdiction.Document, $"/sources/{i}/id", DiagnosticCodes.UnusedEntry,
                        $"no answer cites source '{id}'; cite it where it applies, or remove it");
                }
            }
        }
    }
}
