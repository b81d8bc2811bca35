using Comparison.Web.Api;
using Microsoft.AspNetCore.Http.Features;

namespace Comparison.Web.Infrastructure;

/// <summary>
/// Everything this server answers is read-only, so a request is a GET or a HEAD without a body
/// and with a URL of bounded length. Anything else is refused here, as problem+json, before any
/// endpoint, cache or rate limit spends work on it. It runs after CORS (a preflight is answered
/// there) and before routing (so HEAD can be routed as GET).
/// </summary>
internal sealed class RequestLimitsMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            context.Response.Headers.Allow = "GET, HEAD";
            return Refuse(context, StatusCodes.Status405MethodNotAllowed, "Method not allowed",
                $"{RequestParameters.Truncate(request.Method)} is not served: everything here is read with GET (or HEAD)");
        }

        if (request.ContentLength > 0 || request.Headers.TransferEncoding.Count > 0)
        {
            return Refuse(context, StatusCodes.Status413PayloadTooLarge, "Request body not accepted",
                "requests to this server carry no body; put parameters in the query string");
        }

        // As sent, percent-encoding included: that is what the limit protects.
        // (The query string is kept encoded; a server that gives no raw target gives the path decoded.)
        var length = Math.Max(context.Features.Get<IHttpRequestFeature>()?.RawTarget?.Length ?? 0,
            (request.Path.Value ?? string.Empty).Length + (request.QueryString.Value ?? string.Empty).Length);
        if (length > RequestLimits.MaxUrlLength)
        {
            return Refuse(context, StatusCodes.Status414UriTooLong, "URL too long",
                $"the URL is {length} characters long; the limit is {RequestLimits.MaxUrlLength}");
        }

        // HEAD is a GET without the body: routed as a GET, so every GET endpoint answers it.
        // The body it writes goes nowhere (the output cache, which runs inside, still keeps it whole),
        // so no server, whether it knows the request was HEAD or not, has a body to send or hold.
        if (HttpMethods.IsHead(request.Method))
        {
            request.Method = HttpMethods.Get;
            return WithoutBody(context, next);
        }

        return next(context);
    }

    private static async Task WithoutBody(HttpContext context, RequestDelegate next)
    {
        var server = context.Features.GetRequiredFeature<IHttpResponseBodyFeature>();
        context.Features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(Stream.Null, server));
        try
        {
            await next(context);
        }
        finally
        {
            context.Features.Set(server);
        }
    }

    private static Task Refuse(HttpContext context, int status, string title, string detail) =>
        TypedResults.Problem(statusCode: status, title: title, detail: detail).ExecuteAsync(context);
}
