using Comparison.Content.Diagnostics;

namespace Comparison.Content.Validation.Rules;

/// <summary>The file name is the id: links, the API and the site all key on it.</summary>
public sealed class FileNameMatchesIdRule : IContentRule
{
    public void Check(RuleContext context)
    {
        foreach (var jurisdiction in context.Jurisdictions)
        {
            if (!string.Equals(jurisdiction.FileId, jurisdiction.Model.Id, StringComparison.Ordinal))
            {
                context.Error(jurisdiction.Document, "/id", DiagnosticCodes.FileNameId,
                    $"the id is '{jurisdiction.Model.Id}' but the file is named '{jurisdiction.FileId}.yaml'; rename the file or change the id");
            }

            var expectedIso = jurisdiction.Model.Id[..2].ToUpperInvariant();
            if (!string.Equals(jurisdiction.Model.Iso, expectedIso, StringComparison.Ordinal))
            {
                context.Error(jurisdiction.Document, "/iso", DiagnosticCodes.FileNameId,
                    $"'iso' is {jurisdiction.Model.Iso} but the id '{jurisdiction.Model.Id}' starts with the code {expectedIso}");
            }
        }
    }
}
