using Comparison.Content.Diagnostics;
using Comparison.Content.Model;

namespace Comparison.Content.Validation.Rules;

/// <summary>
/// Ranges run forwards: signed before ratified before in force; from before until. CETS 197's
/// entry into force for a state follows from its ratification (Article 42), so the two must agree.
/// </summary>
public sealed class DateOrderRule : IContentRule
{
    public void Check(RuleContext context)
    {
        foreach (var jurisdiction in context.Jurisdictions)
        {
            var document = jurisdiction.Document;
            var cets = jurisdiction.Model.Cets197;
            var ordered = true;
            if (cets.Signed is { } signed && cets.Ratified is { } ratified && ratified < signed)
            {
                ordered = false;
                context.Error(document, "/cets197/ratified", DiagnosticCodes.DateOrder,
                    $"ratified ({ratified:yyyy-MM-dd}) is before signed ({signed:yyyy-MM-dd})");
            }

            if (cets.Ratified is { } r && cets.InForce is { } inForce)
            {
                var expected = Cets197Status.EntryIntoForceAfter(r);
                if (inForce <= r)
                {
                    context.Error(document, "/cets197/inForce", DiagnosticCodes.DateOrder,
                        $"entry into force ({inForce:yyyy-MM-dd}) must come after ratification ({r:yyyy-MM-dd})");
                }
                else if (ordered && inForce != expected)
                {
                    context.Error(document, "/cets197/inForce", DiagnosticCodes.EntryIntoForce,
                        $"entry into force ({inForce:yyyy-MM-dd}) does not follow from ratification ({r:yyyy-MM-dd}): "
                        + $"under Article 42 it is the first day of the month after three months from the deposit, {expected:yyyy-MM-dd}; "
                        + "check both dates against the treaty office's chart (a parliament's approval is not the deposit)");
                }
            }

            for (var i = 0; i < jurisdiction.Model.Provisions.Count; i++)
            {
                var provision = jurisdiction.Model.Provisions[i];
                if (provision.From is { } from && provision.Until is { } until && until < from)
                {
                    context.Error(document, $"/provisions/{i}/until", DiagnosticCodes.DateOrder,
                        $"provision '{provision.Id}' ends ({until:yyyy-MM-dd}) before it starts ({from:yyyy-MM-dd})");
                }
            }

            foreach (var (questionId, answer) in jurisdiction.Model.Answers)
            {
                for (var i = 0; i < answer.Earlier.Count; i++)
                {
                    var entry = answer.Earlier[i];
                    if (entry.From is { } from && entry.Until < from)
                    {
                        context.Error(document, $"{Pointers.History(questionId, i)}/until", DiagnosticCodes.DateOrder,
                            $"this history entry ends ({entry.Until:yyyy-MM-dd}) before it starts ({from:yyyy-MM-dd})");
                    }
                }
            }
        }
    }
}
