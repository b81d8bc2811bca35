using Comparison.Content.Diagnostics;

namespace Comparison.Content.Validation.Rules;

/// <summary>Every id an answer, question or provision refers to exists where it should.</summary>
public sealed class ReferencesExistRule : IContentRule
{
    public void Check(RuleContext context)
    {
        var groups = context.Questions.Groups.Select(g => g.Id).ToHashSet(StringComparer.Ordinal);
        var instruments = context.Instruments.Instruments.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < context.Questions.Questions.Count; i++)
        {
            var question = context.Questions.Questions[i];
            if (!groups.Contains(question.Group))
            {
                context.Error(context.QuestionsDocument, $"/questions/{i}/group", DiagnosticCodes.UnknownReference,
                    $"question '{question.Id}' names the group '{question.Group}', which is not listed under groups");
            }

            for (var k = 0; k < question.InstrumentIds.Count; k++)
            {
                if (!instruments.Contains(question.InstrumentIds[k]))
                {
                    context.Error(context.QuestionsDocument, $"/questions/{i}/instruments/{k}", DiagnosticCodes.UnknownReference,
                        $"'{question.InstrumentIds[k]}' is not an instrument id in instruments.yaml");
                }
            }
        }

        CheckTargets(context);

        foreach (var jurisdiction in context.Jurisdictions)
        {
            var provisions = jurisdiction.Model.Provisions.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
            var sources = jurisdiction.Model.Sources.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
            var cetsSources = jurisdiction.Model.Cets197.SourceIds;
            for (var k = 0; k < cetsSources.Count; k++)
            {
                if (!sources.Contains(cetsSources[k]))
                {
                    context.Error(jurisdiction.Document, $"/cets197/sources/{k}", DiagnosticCodes.UnknownReference,
                        $"'{cetsSources[k]}' is not a source id of this file; add it under sources or fix the id");
                }
            }

            foreach (var entry in AnswerEntries.Of(jurisdiction))
            {
                for (var k = 0; k < entry.ProvisionIds.Count; k++)
                {
                    if (!provisions.Contains(entry.ProvisionIds[k]))
                    {
                        context.Error(jurisdiction.Document, $"{entry.Pointer}/provisions/{k}", DiagnosticCodes.UnknownReference,
                            $"'{entry.ProvisionIds[k]}' is not a provision id of this file; add it under provisions or fix the id");
                    }
                }

                for (var k = 0; k < entry.SourceIds.Count; k++)
                {
                    if (!sources.Contains(entry.SourceIds[k]))
                    {
                        context.Error(jurisdiction.Document, $"{entry.Pointer}/sources/{k}", DiagnosticCodes.UnknownReference,
                            $"'{entry.SourceIds[k]}' is not a source id of this file; add it under sources or fix the id");
                    }
                }
            }
        }
    }

    private static void CheckTargets(RuleContext context)
    {
        var targets = context.Questions.Targets;
        if (targets is null)
        {
            return;
        }

        // Jurisdiction ids in targets.full are not checked against the files: a contributor's
        // preview tree or a test fixture holds only some jurisdictions.
        var core = targets.CoreQuestionIds;
        for (var k = 0; k < core.Count; k++)
        {
            if (context.Questions.Find(core[k]) is null)
            {
                context.Error(context.QuestionsDocument, $"/targets/core/{k}", DiagnosticCodes.UnknownReference,
                    $"'{core[k]}' is not a question id; list a question defined under questions");
            }
        }
    }
}
