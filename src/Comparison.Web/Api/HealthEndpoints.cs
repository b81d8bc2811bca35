using Comparison.Web.Api.Contracts;
using Comparison.Web.Snapshots;

namespace Comparison.Web.Api;

internal static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", (SnapshotStore store) =>
            {
                var snapshot = store.Current;
                return TypedResults.Ok(new HealthResponse(snapshot.Errors.Count == 0 ? "ok" : "stale", snapshot.Version, snapshot.BuiltAt,
                    snapshot.Content.Jurisdictions.Count, snapshot.Index.DocumentCount, snapshot.Errors));
            })
            .WithName("Health").WithSummary("Liveness and the data version being served");
        return app;
    }
}
