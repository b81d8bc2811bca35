using Comparison.Content.Diagnostics;
using Comparison.Content.Yaml;

namespace Comparison.Content.Validation.Rules;

/// <summary>Ids are references: each must name exactly one thing in its scope.</summary>
public sealed class UniqueIdsRule : IContentRule
{
    public void Check(RuleContext context)
    {
        CheckList(context, context.QuestionsDocument, "/groups", context.Questions.Groups.Select(g => g.Id), "question group");
        CheckList(context, context.QuestionsDocument, "/questions", context.Questions.Questions.Select(q => q.Id), "question");
        for (var i = 0; i < context.Questions.Questions.Count; i++)
        {
            CheckList(context, context.QuestionsDocument, $"/questions/{i}/options",
                context.Questions.Questions[i].Choices.Select(o => o.Id), "option");
        }

        CheckList(context, context.InstrumentsDocument, "/instruments", context.Instruments.Instruments.Select(x => x.Id), "instrument");
        foreach (var jurisdiction in context.Jurisdictions)
        {
            CheckList(context, jurisdiction.Document, "/provisions", jurisdiction.Model.Provisions.Select(p => p.Id), "provision");
            CheckList(context, jurisdiction.Document, "/sources", jurisdiction.Model.Sources.Select(s => s.Id), "source");
        }
    }

    private static void CheckList(RuleContext context, YamlDocument document, string listPointer, IEnumerable<string> ids, string what)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var id in ids)
        {
            if (!seen.Add(id))
            {
                context.Error(document, $"{listPointer}/{index}/id", DiagnosticCodes.DuplicateId,
                    $"the {what} id '{id}' is used twice; give each {what} its own id");
            }

            index++;
        }
    }
}
