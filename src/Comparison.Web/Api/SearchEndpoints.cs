using System.ComponentModel;
using Comparison.Content.Model;
using Comparison.Search.Querying;
using Comparison.Web.Api.Contracts;
using Comparison.Web.Infrastructure;
using Comparison.Web.Snapshots;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Comparison.Web.Api;

internal static class SearchEndpoints
{
    public const int MaxPageSize = 100;
    public const int DefaultPageSize = 10;

    public static RouteGroupBuilder MapSearch(this RouteGroupBuilder api)
    {
        api.MapGet("/search", Search)
            .WithName("Search").WithSummary("Full-text search over answers, provisions, sources and jurisdictions")
            .WithDescription("Plain words (all must match, best first) and \"quoted phrases\"; nothing else is query syntax, so citations such as 248b, 225-12-1, § 232a (6) or ECLI:NL:GHDHA:2018:2601 are searched as typed. Filters narrow the hits; facet counts cover every hit of the query.");
        return api;
    }

    private static Results<Ok<SearchResponse>, ValidationProblem> Search(
        HttpContext context, SnapshotStore store, TimeProvider clock,
        [Description("What to look for: words and \"quoted phrases\", at most 500 characters.")] string? q = null,
        [Description("Jurisdiction ids, comma-separated.")] string[]? country = null,
        [Description("Question ids, comma-separated.")] string[]? question = null,
        [Description("Answer values (yes, no, partial, unknown, not-applicable, answered, or an option id), comma-separated.")] string[]? value = null,
        [Description("Question group ids, comma-separated.")] string[]? group = null,
        [Description("Memberships: eu, coe, eea; comma-separated.")] string[]? membership = null,
        [Description("Only what applied on this date, YYYY-MM-DD. Without it every version is searched, what applies today ranked first.")] string? asOf = null,
        [Description("Page number, from 1.")] int? page = null,
        [Description("Hits per page, 1 to 100 (default 10).")] int? pageSize = null)
    {
        DateOnly? date = null;
        if (asOf is not null)
        {
            if (!RequestParameters.TryAsOf(asOf, clock, out var day, out var problem))
            {
                return problem!;
            }

            date = day;
        }

        if (q is { Length: > UserQuery.MaxLength })
        {
            return ApiProblems.BadParameter("q", $"the query is {q.Length} characters; the limit is {UserQuery.MaxLength}");
        }

        if (page is < 1 or > 10_000)
        {
            return ApiProblems.BadParameter("page", "must be between 1 and 10000");
        }

        if (pageSize is < 1 or > MaxPageSize)
        {
            return ApiProblems.BadParameter("pageSize", $"must be between 1 and {MaxPageSize}");
        }

        var snapshot = store.Current;
        var content = snapshot.Content;
        var countries = RequestParameters.List(country);
        var questions = RequestParameters.List(question);
        var values = RequestParameters.List(value);
        var groups = RequestParameters.List(group);
        var memberships = RequestParameters.List(membership);
        var knownValues = new HashSet<string>(["yes", "no", "partial", AnswerValue.Unknown, AnswerValue.NotApplicable, AnswerValue.Answered],
            StringComparer.Ordinal);
        knownValues.UnionWith(content.Questions.Questions.SelectMany(x => x.Choices).Select(o => o.Id));
        var invalid = RequestParameters.CheckKnown("country", countries, content.Jurisdictions.Select(j => j.Id).ToHashSet())
            ?? RequestParameters.CheckKnown("question", questions, content.Questions.Questions.Select(x => x.Id).ToHashSet())
            ?? RequestParameters.CheckKnown("value", values, knownValues)
            ?? RequestParameters.CheckKnown("group", groups, content.Questions.Groups.Select(g => g.Id).ToHashSet())
            ?? RequestParameters.CheckKnown("membership", memberships, new HashSet<string>(["eu", "coe", "eea"]));
        if (invalid is not null)
        {
            return invalid;
        }

        var text = q?.Trim() ?? string.Empty;
        if (text.Length == 0 && countries.Count + questions.Count + values.Count + groups.Count + memberships.Count == 0)
        {
            return ApiProblems.BadParameter("q", "give words to search for, or at least one filter");
        }

        var request = new SearchRequest(text, date, countries, questions, values, groups, memberships, page ?? 1, pageSize ?? DefaultPageSize);
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var result = snapshot.Index.Search(request);
        context.Items[ServerTimingMiddleware.IndexMillisecondsItem] = System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        return TypedResults.Ok(new SearchResponse(snapshot.Version, date, text, result.Total, request.Page, request.PageSize,
            result.TimedOut, result.Hits, result.Facets));
    }
}
