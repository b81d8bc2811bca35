using Comparison.Content.Diagnostics;

namespace Comparison.Content.Validation.Rules;

/// <summary>Every answer except <c>unknown</c> rests on at least one source a reader can check.</summary>
public sealed class SourcesRequiredRule : IContentRule
{
    public void Check(RuleContext context)
    {
        foreach (var jurisdiction in context.Jurisdictions)
        {
            foreach (var entry in AnswerEntries.Of(jurisdiction))
            {
                if (!entry.Value.IsUnknown && entry.SourceIds.Count == 0)
                {
                    context.ErrorAtKey(jurisdiction.Document, $"{entry.Pointer}/value", DiagnosticCodes.MissingSource,
                        $"'{entry.QuestionId}' is answered '{entry.Value}' without a source; cite one under 'sources', or make the value unknown");
                }
            }
        }
    }
}
