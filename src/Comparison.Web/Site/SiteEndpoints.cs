using System.Globalization;
using Comparison.Content.AsOf;
using Comparison.Search.Querying;
using Comparison.Site;
using Comparison.Site.Building;
using Comparison.Web.Api;
using Comparison.Web.Snapshots;

namespace Comparison.Web.Site;

/// <summary>
/// Serves the website: the static files of the current snapshot, pages rendered for another
/// date or filter (`?asOf=`, `?group=`, `?membership=`, `?map=`, `?c=`), and the search page
/// with results from the index, so search works without JavaScript. Paths are looked up in the
/// snapshot's file table only: nothing on disk is reachable through a URL.
/// </summary>
internal static class SiteEndpoints
{
    private const string Html = "text/html; charset=utf-8";
    private static readonly string[] DynamicParameters = ["asOf", "group", "membership", "map", "c"];

    public static IEndpointRouteBuilder MapSite(this IEndpointRouteBuilder app)
    {
        app.MapGet("/search/", SearchPage).ExcludeFromDescription();
        // Every other path, file-like ones (with a dot) included: the site's own table decides.
        app.MapFallback("{*path}", ServePath).ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> ServePath(HttpContext context, SnapshotStore store, TimeProvider clock)
    {
        var path = context.Request.Path.Value ?? "/";
        if (path.StartsWith("/api/", StringComparison.OrdinalIgnoreCase) || path.Equals("/api", StringComparison.OrdinalIgnoreCase))
        {
            return ApiProblems.NotFound($"There is no API endpoint at {RequestParameters.Truncate(path)}. See /openapi/v1.json.");
        }

        var snapshot = store.Current;
        var query = context.Request.Query;
        if (DynamicParameters.Any(query.ContainsKey))
        {
            if (!TryDate(query["asOf"], clock, out var asOf))
            {
                return await NotFoundPage(snapshot, StatusCodes.Status400BadRequest);
            }

            var parameters = query.ToDictionary(q => q.Key, q => string.Join(',', q.Value.ToArray()), StringComparer.Ordinal);
            var html = await snapshot.Site.Builder.RenderPageAsync(path, asOf, parameters);
            return html is null ? await NotFoundPage(snapshot, StatusCodes.Status404NotFound) : Results.Content(html, Html);
        }

        var files = await snapshot.Site.Files;
        if (files.TryGetValue(SiteUrls.FileOf(path), out var file))
        {
            return Results.Bytes(file.Content, file.ContentType);
        }

        if (!path.EndsWith('/') && files.ContainsKey(path + "/index.html"))
        {
            return Results.Redirect(path + "/" + context.Request.QueryString, permanent: true);
        }

        return await NotFoundPage(snapshot, StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> SearchPage(HttpContext context, SnapshotStore store, TimeProvider clock)
    {
        var snapshot = store.Current;
        var query = context.Request.Query;
        var q = query["q"].ToString().Trim();
        var page = int.TryParse(query["page"], NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p is >= 1 and <= 10_000 ? p : 1;
        const int pageSize = 10;
        DateOnly? asOf = null;
        string? error = null;
        if (!string.IsNullOrEmpty(query["asOf"]))
        {
            if (TryDate(query["asOf"], clock, out var date))
            {
                asOf = date;
            }
            else
            {
                error = $"The date must be YYYY-MM-DD between {AsOfResolver.Earliest:yyyy-MM-dd} and today.";
            }
        }

        if (q.Length > UserQuery.MaxLength)
        {
            error = $"The search is {q.Length} characters long; the limit is {UserQuery.MaxLength}.";
        }

        string[] Filter(string name) => RequestParameters.List(query[name].OfType<string>().ToArray()).ToArray();
        var filters = new Dictionary<string, string[]>
        {
            ["country"] = Filter("country"), ["question"] = Filter("question"), ["value"] = Filter("value"),
            ["group"] = Filter("group"), ["membership"] = Filter("membership"),
        };
        SearchResult? result = null;
        if (error is null && (q.Length > 0 || filters.Values.Any(v => v.Length > 0)))
        {
            result = snapshot.Index.Search(new SearchRequest(q, asOf, filters["country"], filters["question"], filters["value"],
                filters["group"], filters["membership"], page, pageSize));
        }

        var model = new SearchPageModel(q, asOf, result?.Total ?? 0, page, pageSize,
            result?.Hits.Select(h => new SearchPageHit(h.Title, h.Permalink, h.Kind, h.JurisdictionName, h.Value, h.Snippets)).ToList() ?? [],
            result is null ? [] : SearchFacets.Of(result.Facets, snapshot.Content, q, asOf, filters),
            error);
        var html = await snapshot.Site.Builder.RenderSearchPageAsync(model);
        return Results.Content(html, Html, statusCode: error is null ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest);
    }

    private static bool TryDate(string? value, TimeProvider clock, out DateOnly date)
    {
        date = RequestParameters.Today(clock);
        return string.IsNullOrEmpty(value) || RequestParameters.TryAsOf(value, clock, out date, out _);
    }

    private static async Task<IResult> NotFoundPage(Snapshot snapshot, int status)
    {
        var files = await snapshot.Site.Files;
        var page = files[SiteUrls.NotFound];
        return new StatusBytesResult(page.Content, page.ContentType, status);
    }

    private sealed class StatusBytesResult(byte[] content, string contentType, int status) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = status;
            httpContext.Response.ContentType = contentType;
            return httpContext.Response.Body.WriteAsync(content).AsTask();
        }
    }
}
