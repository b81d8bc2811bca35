using Comparison.Content.Diagnostics;
using Comparison.Content.Model;

namespace Comparison.Content.Validation.Rules;

/// <summary>
/// <c>checked</c> says a second reader compared an answer with the primary texts it cites. That
/// claim needs something to have been compared: a known value (an <c>unknown</c> has nothing to
/// check) and at least one primary text among its citations, either a provision quoted in its own
/// words or a source that is itself a statute, judgment, GRETA report, treaty or official answer.
/// A study or press summary alone can be accurate, but it is not the primary text.
/// </summary>
public sealed class CheckedAnswerRule : IContentRule
{
    /// <summary>Source kinds that are primary texts, as opposed to studies and other secondary material.</summary>
    private static readonly IReadOnlySet<string> PrimaryKinds =
        new HashSet<string>(["statute", "court-decision", "government-answer", "greta-report", "treaty"], StringComparer.Ordinal);

    public void Check(RuleContext context)
    {
        foreach (var jurisdiction in context.Jurisdictions)
        {
            var model = jurisdiction.Model;
            foreach (var (questionId, answer) in model.Answers)
            {
                if (answer.Checked is null)
                {
                    continue;
                }

                var pointer = $"{Pointers.Answer(questionId)}/checked";
                if (answer.Value.IsUnknown)
                {
                    context.ErrorAtKey(jurisdiction.Document, pointer, DiagnosticCodes.Checked,
                        $"'{questionId}' is unknown, so there is nothing to check; remove 'checked'");
                    continue;
                }

                var entries = answer.Earlier.Where(e => !e.Value.IsUnknown).Select(e => (e.ProvisionIds, e.SourceIds, What: "an entry of its history"))
                    .Prepend((answer.ProvisionIds, answer.SourceIds, What: "its current value"));
                foreach (var (provisionIds, sourceIds, what) in entries)
                {
                    if (!RestsOnPrimaryText(model, provisionIds, sourceIds))
                    {
                        context.ErrorAtKey(jurisdiction.Document, pointer, DiagnosticCodes.Checked,
                            $"'{questionId}' is marked checked, but {what} cites no primary text " +
                            "(a provision with its original-language text, or a source of kind statute, court-decision, government-answer, greta-report or treaty); " +
                            "cite the text it was checked against, or remove 'checked'");
                        break;
                    }
                }
            }
        }
    }

    private static bool RestsOnPrimaryText(Jurisdiction model, IReadOnlyList<string> provisionIds, IReadOnlyList<string> sourceIds) =>
        provisionIds.Any(id => model.FindProvision(id)?.Text is not null)
        || sourceIds.Any(id => model.FindSource(id) is { } source && PrimaryKinds.Contains(source.Kind));
}
