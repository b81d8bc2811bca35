using Comparison.Content.Diagnostics;

namespace Comparison.Content.Validation.Rules;

/// <summary>
/// A renumbered or replaced provision links to its successor, which exists, starts after it
/// ends, and is not itself.
/// </summary>
public sealed class ProvisionReplacementRule : IContentRule
{
    public void Check(RuleContext context)
    {
        foreach (var jurisdiction in context.Jurisdictions)
        {
            var provisions = jurisdiction.Model.Provisions;
            for (var i = 0; i < provisions.Count; i++)
            {
                var provision = provisions[i];
                if (provision.ReplacedBy is not { } successorId)
                {
                    continue;
                }

                var pointer = $"/provisions/{i}/replacedBy";
                var successor = jurisdiction.Model.FindProvision(successorId);
                if (provision.Until is null)
                {
                    context.Error(jurisdiction.Document, pointer, DiagnosticCodes.Replacement,
                        $"'{provision.Id}' is replaced but has no 'until' date; add the last day it was in force");
                }

                if (successor is null)
                {
                    context.Error(jurisdiction.Document, pointer, DiagnosticCodes.UnknownReference,
                        $"'{successorId}' is not a provision id of this file; add the replacing provision");
                }
                else if (successor.Id == provision.Id)
                {
                    context.Error(jurisdiction.Document, pointer, DiagnosticCodes.Replacement, "a provision cannot replace itself");
                }
                else if (successor.From is { } from && provision.Until is { } until && from <= until)
                {
                    context.Error(jurisdiction.Document, pointer, DiagnosticCodes.Replacement,
                        $"'{successorId}' starts {from:yyyy-MM-dd}, before '{provision.Id}' ends ({until:yyyy-MM-dd})");
                }
            }
        }
    }
}
