using Comparison.Content.Diagnostics;

namespace Comparison.Content.Validation.Rules;

/// <summary>
/// The knowledge base records law that exists. A date after today is a typo, or a change not yet
/// in force, which belongs in the summary until the day it takes effect.
/// </summary>
public sealed class NoFutureDatesRule : IContentRule
{
    public void Check(RuleContext context)
    {
        foreach (var jurisdiction in context.Jurisdictions)
        {
            var model = jurisdiction.Model;
            var dates = new List<(string Pointer, DateOnly? Date)>
            {
                ("/cets197/signed", model.Cets197.Signed),
                ("/cets197/ratified", model.Cets197.Ratified),
                ("/cets197/inForce", model.Cets197.InForce),
                ("/review/lastReviewed", model.Review.LastReviewed),
            };
            for (var i = 0; i < model.Provisions.Count; i++)
            {
                dates.Add(($"/provisions/{i}/from", model.Provisions[i].From));
                dates.Add(($"/provisions/{i}/until", model.Provisions[i].Until));
            }

            for (var i = 0; i < model.Sources.Count; i++)
            {
                dates.Add(($"/sources/{i}/date", model.Sources[i].Date));
            }

            foreach (var (questionId, answer) in model.Answers)
            {
                dates.Add(($"{Pointers.Answer(questionId)}/since", answer.Since));
                dates.Add(($"{Pointers.Answer(questionId)}/checked", answer.Checked));
                for (var i = 0; i < answer.Earlier.Count; i++)
                {
                    dates.Add(($"{Pointers.History(questionId, i)}/from", answer.Earlier[i].From));
                    dates.Add(($"{Pointers.History(questionId, i)}/until", answer.Earlier[i].Until));
                }
            }

            foreach (var (pointer, date) in dates)
            {
                if (date is { } d && d > context.Today)
                {
                    context.Error(jurisdiction.Document, pointer, DiagnosticCodes.DateFuture,
                        $"{d:yyyy-MM-dd} is in the future; record a change when it takes effect, and mention it in the summary until then");
                }
            }
        }
    }
}
