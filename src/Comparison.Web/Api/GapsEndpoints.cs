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

        var chosen = ids.Count == 0
            ? content.Jurisdictions.OrderBy(j => j.Id, StringComparer.Ordinal).ToList()
            : ids.Distinct(StringComparer.Ordinal).Select(id => content.FindJurisdiction(id)!).ToList();
        var today = RequestParameters.Today(clock);
        return TypedResults.Ok(DtoMapper.Gaps(ResearchGaps.Of(content, today, chosen), today, snapshot.Version));
    }
}
