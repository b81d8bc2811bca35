using Comparison.Content.Diagnostics;

namespace Comparison.Content.Validation.Rules;

/// <summary>Law moves: a file not reviewed for 12 months gets a warning (not an error).</summary>
public sealed class ReviewFreshnessRule : IContentRule
{
    public void Check(RuleContext context)
    {
        foreach (var jurisdiction in context.Jurisdictions)
        {
            var last = jurisdiction.Model.Review.LastReviewed;
            if (last < context.Today.AddMonths(-12))
            {
                context.Warning(jurisdiction.Document, "/review/lastReviewed", DiagnosticCodes.ReviewStale,
                    $"last reviewed {last:yyyy-MM-dd}, over 12 months ago; check the sources for changes and update the date");
            }
        }
    }
}
