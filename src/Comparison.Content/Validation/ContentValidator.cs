using Comparison.Content.Validation.Rules;

namespace Comparison.Content.Validation;

/// <summary>Runs every semantic rule; the order only decides nothing, output is sorted later.</summary>
public static class ContentValidator
{
    public static readonly IReadOnlyList<IContentRule> Rules =
    [
        new FileNameMatchesIdRule(),
        new UniqueIdsRule(),
        new ReferencesExistRule(),
        new DateOrderRule(),
        new NoFutureDatesRule(),
        new HistoryRule(),
        new SourcesRequiredRule(),
        new CheckedAnswerRule(),
        new UrlRule(),
        new MarkdownRule(),
        new EveryQuestionAnsweredRule(),
        new ValueFitsQuestionRule(),
        new AppliesWhenRule(),
        new ProvisionReplacementRule(),
        new ProvisionPeriodRule(),
        new ReviewFreshnessRule(),
        new OriginalTextRule(),
        new UnusedEntriesRule(),
    ];

    public static void Run(RuleContext context)
    {
        foreach (var rule in Rules)
        {
            rule.Check(context);
        }
    }
}
