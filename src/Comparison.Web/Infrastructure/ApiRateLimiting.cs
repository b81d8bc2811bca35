using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Comparison.Web.Infrastructure;

/// <summary>
/// A token bucket per client IP address on /api/v1 (ASP.NET Core's rate limiter): the API is
/// public and a search computed from scratch costs real CPU, so one client cannot take the
/// server's capacity from everyone else. Over the limit the answer is 429, a problem+json body
/// and `Retry-After`. Pages and static files are not limited: they are files.
/// </summary>
internal static class ApiRateLimiting
{
    public static IServiceCollection AddApiRateLimiting(this IServiceCollection services)
    {
        services.AddOptions<RateLimitSettings>().BindConfiguration(RateLimitSettings.Section);

        // Configured through options rather than read at start-up, so settings a test host or
        // `comparison serve` adds after AddComparison still apply.
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitSettings>>((options, settings) =>
        {
            var limit = settings.Value;
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                !limit.Enabled || !context.Request.Path.StartsWithSegments("/api/v1")
                    ? RateLimitPartition.GetNoLimiter(string.Empty)
                    : RateLimitPartition.GetTokenBucketLimiter(ClientKey(context), _ => new TokenBucketRateLimiterOptions
                    {
                        TokenLimit = Math.Max(1, limit.Burst),
                        TokensPerPeriod = limit.PermitsPerSecond,
                        ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                        QueueLimit = 0,
                        AutoReplenishment = true,
                    }));
            options.OnRejected = (rejected, _) => WriteRejection(rejected.HttpContext, rejected.Lease, limit);
        });
        return services;
    }

    /// <summary>
    /// The client's address. Behind a reverse proxy every client shares the proxy's address, so
    /// such a deployment must forward the real one (ForwardedHeaders) or raise the limit.
    /// </summary>
    private static string ClientKey(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static async ValueTask WriteRejection(HttpContext context, RateLimitLease lease, RateLimitSettings limit)
    {
        var seconds = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)) : 1;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);

        // Written as problem+json whatever the Accept header says, like every other API error.
        await TypedResults.Problem(
            statusCode: StatusCodes.Status429TooManyRequests,
            title: "Too many requests",
            detail: $"this client sent more than {limit.PermitsPerSecond} requests a second (bursts up to {limit.Burst}); retry after {seconds} s")
            .ExecuteAsync(context);
    }
}
