using System.ComponentModel;
using Comparison.Content.Coverage;
using Comparison.Web.Api.Contracts;
using Comparison.Web.Snapshots;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Comparison.Web.Api;

internal static class GapsEndpoints
{
    public static RouteGroupBuilder MapGaps(this RouteGroupBuilder api)
    {
        api.MapGet("/gaps", ListGaps)
            .WithName("ListGaps").WithSummary("What is still to be researched")
            .WithDescription("Per jurisdiction: required and other unknown answers (with the summary that says what is missing), draft answers not yet checked against their primary texts, answers with no recorded start date, EU answers that may predate a directive, missing CETS 197 dates and GRETA report years. The same list as the site's /help-wanted/ page, for today's content.");
        return api;
    }

    private static Results<Ok<GapsResponse>, ValidationProblem> ListGaps(
        SnapshotStore store, TimeProvider clock,
        [Description("Jurisdiction ids, comma-separated (default: all), e.g. nl,de.")] string[]? country = null)
    {
        var snapshot = store.Current;
        var content = snapshot.Content;
        var ids = RequestParameters.List(country);
        if (RequestParameters.CheckKnown("country", ids, content.Jurisdictions.Select(j => j.Id).ToHashSet(), max: 60) is { } bad)
        {
            return bad;
        }

        var today = RequestParameters.Today(clock);
        var chosen = ids.Count == 0
            ? content.Jurisdictions.OrderBy(j => j.Id, StringComparer.Ordinal).ToList()
            : ids.Distinct(StringComparer.Ordinal).Select(id => content.FindJurisdiction(id)!).ToList();
        var gaps = ResearchGaps.Of(content, today, chosen);
        var countries = gaps.Jurisdictions.Select(entry =>
        {
            var id = entry.Jurisdiction.Id;
            GapDto Gap(AnswerGap gap, bool withSummary) =>
                new(gap.Question.Id, gap.Question.Title, $"/countries/{id}/#{gap.Question.Id}", withSummary ? gap.Answer?.Summary : null);
            return new JurisdictionGapsDto(
                id, entry.Jurisdiction.Name, entry.Jurisdiction.Review.Status, $"/help-wanted/#{id}",
                entry.Missing.Select(g => Gap(g, true)).ToList(),
                entry.Unknown.Select(g => Gap(g, true)).ToList(),
                entry.Draft.Select(g => Gap(g, false)).ToList(),
                entry.Undated.Select(g => Gap(g, false)).ToList(),
                entry.MayPredate.Select(g => new TranspositionGapDto(g.Question.Id, g.Question.Title, $"/countries/{id}/#{g.Question.Id}", g.Instruments.Select(i => i.Id).ToList())).ToList(),
                entry.Cets197Missing,
                entry.GretaWithoutYear.Select(r => r.Round).ToList(),
                entry.NoGretaReport);
        }).ToList();
        var totals = new GapTotalsDto(gaps.Missing, gaps.Unknown, gaps.Draft, gaps.Undated, gaps.MayPredate, gaps.Cets197Missing, gaps.GretaWithoutYear);
        return TypedResults.Ok(new GapsResponse(snapshot.Version, today, totals, countries.Count, countries));
    }
}
