using System.ComponentModel;
using Comparison.Content.AsOf;
using Comparison.Web.Api.Contracts;
using Comparison.Web.Snapshots;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Comparison.Web.Api;

internal static class CompareEndpoints
{
    public static RouteGroupBuilder MapCompare(this RouteGroupBuilder api)
    {
        api.MapGet("/compare", Compare)
            .WithName("Compare").WithSummary("Chosen jurisdictions side by side, as of a date")
            .WithDescription("One row per question; `differs` is true where the chosen jurisdictions' values are not all the same.");
        return api;
    }

    private static Results<Ok<CompareResponse>, ValidationProblem> Compare(
        SnapshotStore store, TimeProvider clock,
        [Description("Jurisdiction ids, comma-separated (2 to 50), e.g. nl,de,se.")] string[]? countries = null,
        [Description("Question ids to include, comma-separated (default: all).")] string[]? questions = null,
        [Description("The date, YYYY-MM-DD (default: today).")] string? asOf = null)
    {
        if (!RequestParameters.TryAsOf(asOf, clock, out var date, out var problem))
        {
            return problem!;
        }

        var snapshot = store.Current;
        var content = snapshot.Content;
        var countryIds = RequestParameters.List(countries);
        if (countryIds.Count == 0)
        {
            return ApiProblems.BadParameter("countries", "name at least one jurisdiction, e.g. countries=nl,de,se");
        }

        if (RequestParameters.CheckKnown("countries", countryIds, content.Jurisdictions.Select(j => j.Id).ToHashSet(), max: 60) is { } bad)
        {
            return bad;
        }

        var questionIds = RequestParameters.List(questions);
        if (RequestParameters.CheckKnown("questions", questionIds, content.Questions.Questions.Select(q => q.Id).ToHashSet()) is { } badQuestion)
        {
            return badQuestion;
        }

        var chosen = countryIds.Select(id => content.FindJurisdiction(id)!).ToList();
        var resolved = chosen.Select(j => AsOfResolver.Resolve(j, date)).ToList();
        var rows = content.Questions.Questions
            .Where(q => questionIds.Count == 0 || questionIds.Contains(q.Id))
            .Select(q =>
            {
                var answers = resolved.ToDictionary(r => r.Jurisdiction.Id, r => DtoMapper.Answer(r.Answers[q.Id], DtoMapper.MayPredate(content, r.Jurisdiction, q.Id, r.Answers[q.Id], date)));
                var differs = answers.Values.Select(a => a.Value.ToString()).Distinct().Count() > 1;
                return new CompareRowDto(q.Id, q.Title, differs, answers);
            })
            .ToList();
        return TypedResults.Ok(new CompareResponse(snapshot.Version, date, chosen.Select(DtoMapper.Summary).ToList(), rows));
    }
}
