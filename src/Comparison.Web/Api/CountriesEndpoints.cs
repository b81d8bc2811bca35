using System.ComponentModel;
using Comparison.Web.Api.Contracts;
using Comparison.Web.Snapshots;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Comparison.Web.Api;

internal static class CountriesEndpoints
{
    public static RouteGroupBuilder MapCountries(this RouteGroupBuilder api)
    {
        api.MapGet("/countries", ListCountries)
            .WithName("ListCountries").WithSummary("All jurisdictions")
            .WithDescription("Every jurisdiction with its memberships, CETS 197 dates and review status.");
        api.MapGet("/countries/{id}", GetCountry)
            .WithName("GetCountry").WithSummary("One jurisdiction as of a date")
            .WithDescription("Identity, CETS 197, the provisions in force on the date, every answer as of the date (value, summary as Markdown and HTML, provisions, sources), sources and review.");
        return api;
    }

    private static Results<Ok<CountriesResponse>, ValidationProblem> ListCountries(
        SnapshotStore store, TimeProvider clock,
        [Description("The date the answer is for, YYYY-MM-DD (default: today).")] string? asOf = null)
    {
        if (!RequestParameters.TryAsOf(asOf, clock, out var date, out var problem))
        {
            return problem!;
        }

        var snapshot = store.Current;
        var countries = snapshot.Content.Jurisdictions.OrderBy(j => j.Id, StringComparer.Ordinal).Select(DtoMapper.Summary).ToList();
        return TypedResults.Ok(new CountriesResponse(snapshot.Version, date, countries.Count, countries));
    }

    private static Results<Ok<CountryResponse>, ValidationProblem, ProblemHttpResult> GetCountry(
        SnapshotStore store, TimeProvider clock,
        [Description("Jurisdiction id: ISO 3166-1 alpha-2 in lower case (nl), or with a suffix (gb-sct).")] string id,
        [Description("The date the answers are for, YYYY-MM-DD, from 2008-02-01 (default: today).")] string? asOf = null)
    {
        if (!RequestParameters.TryAsOf(asOf, clock, out var date, out var problem))
        {
            return problem!;
        }

        var snapshot = store.Current;
        var jurisdiction = snapshot.Content.FindJurisdiction(id);
        return jurisdiction is null
            ? ApiProblems.NotFound($"There is no jurisdiction '{RequestParameters.Truncate(id)}'. GET /api/v1/countries lists them.")
            : TypedResults.Ok(DtoMapper.Country(snapshot.Content, jurisdiction, date, snapshot.Version));
    }
}
