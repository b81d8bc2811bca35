using Comparison.Content.Validation;

namespace Comparison.Content.Coverage;

/// <summary>
/// An answered question whose value reaches back to 1 February 2008 on no dated text
/// (<see cref="CoverageReport.IsUndated"/>), with where its value is written (file:line:col):
/// what `comparison validate --undated` lists for a contributor to date.
/// </summary>
public sealed record UndatedAnswer(string File, int Line, int Column, string JurisdictionId, string QuestionId, IReadOnlyList<string> ProvisionIds)
{
    public string Location => $"{File}:{Line}:{Column}";

    internal static IReadOnlyList<UndatedAnswer> Located(RuleContext context) =>
        context.Jurisdictions
            .SelectMany(j => j.Model.Answers
                .Where(pair => CoverageReport.IsUndated(j.Model, pair.Value))
                .Select(pair =>
                {
                    var at = j.Document.Map.ValueAt($"{Pointers.Answer(pair.Key)}/value");
                    return new UndatedAnswer(j.Document.Path, at.Line, at.Column, j.Model.Id, pair.Key, pair.Value.ProvisionIds);
                }))
            .OrderBy(u => u.File, StringComparer.Ordinal)
            .ThenBy(u => u.Line)
            .ToList();
}
