using System.Security.Cryptography;
using System.Text;
using Comparison.Web.Snapshots;
using Microsoft.Net.Http.Headers;

namespace Comparison.Web.Infrastructure;

/// <summary>
/// ETags for the read API. A response is a function of the snapshot version, the request URL
/// and (for requests without asOf) today's date, so the tag is computed before the handler runs
/// and a matching If-None-Match is answered 304 without doing the work.
/// </summary>
internal sealed class CachingMiddleware(RequestDelegate next, SnapshotStore store, TimeProvider clock, CachePolicy policy)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
        {
            await next(context);
            return;
        }

        var snapshot = store.Current;
        var day = context.Request.Query.ContainsKey("asOf") ? string.Empty : DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).ToString("O");
        var key = $"{snapshot.CacheTag}|{context.Request.Path}{context.Request.QueryString}|{day}";
        var etag = $"W/\"{snapshot.CacheTag}-{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..16]}\"";

        if (context.Request.Headers.IfNoneMatch.Any(v => v is not null && v.Split(',').Any(t => t.Trim() == etag || t.Trim() == "*")))
        {
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            context.Response.Headers.ETag = etag;
            context.Response.Headers["X-Data-Version"] = snapshot.Version;
            return;
        }

        context.Response.OnStarting(() =>
        {
            context.Response.Headers["X-Data-Version"] = snapshot.Version;
            if (context.Response.StatusCode == StatusCodes.Status200OK)
            {
                context.Response.Headers.ETag = etag;
                // Snapshots are immutable but can be replaced by a rebuild: cache briefly, revalidate by ETag.
                context.Response.Headers.CacheControl = policy.MaxAgeSeconds > 0
                    ? $"public, max-age={policy.MaxAgeSeconds}, must-revalidate"
                    : "public, no-cache";
            }
            else
            {
                context.Response.Headers.CacheControl = "no-store";
            }

            return Task.CompletedTask;
        });
        await next(context);
    }
}

/// <summary>How long clients may reuse a response before revalidating; 0 (live preview) means always revalidate.</summary>
public sealed record CachePolicy(int MaxAgeSeconds)
{
    public static readonly CachePolicy Default = new(60);

    public static readonly CachePolicy LivePreview = new(0);
}
