using System.ComponentModel;
using Comparison.Site.Exports;
using Comparison.Web.Api.Contracts;
using Comparison.Web.Snapshots;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Comparison.Web.Api;

internal static class ExportEndpoints
{
    public static RouteGroupBuilder MapExport(this RouteGroupBuilder api)
    {
        api.MapGet("/export", Export)
            .WithName("Export").WithSummary("The whole dataset as of a date: CSV or JSON")
            .WithDescription("One row per jurisdiction × question. CSV is UTF-8 with a byte-order mark and RFC 4180 quoting, so it opens in a spreadsheet as is.")
            .Produces<ExportResponse>(StatusCodes.Status200OK, "application/json")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv");
        return api;
    }

    private static Results<FileContentHttpResult, Ok<ExportResponse>, ValidationProblem> Export(
        SnapshotStore store, TimeProvider clock,
        [Description("csv or json (default json).")] string? format = null,
        [Description("The date, YYYY-MM-DD (default: today).")] string? asOf = null)
    {
        if (!RequestParameters.TryAsOf(asOf, clock, out var date, out var problem))
        {
            return problem!;
        }

        var snapshot = store.Current;
        switch (format ?? "json")
        {
            case "csv":
                return TypedResults.File(DatasetExport.Csv(snapshot.Content, date), "text/csv; charset=utf-8",
                    $"comparison-{date:yyyy-MM-dd}-{snapshot.Version}.csv");
            case "json":
                var rows = DatasetExport.Rows(snapshot.Content, date);
                return TypedResults.Ok(new ExportResponse(snapshot.Version, date, rows.Count, rows));
            default:
                return ApiProblems.BadParameter("format", $"'{RequestParameters.Truncate(format!)}' is not a format; use csv or json");
        }
    }
}
