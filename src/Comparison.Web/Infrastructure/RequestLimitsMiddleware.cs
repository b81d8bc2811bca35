namespace Comparison.Web.Infrastructure;

/// <summary>
/// The whole host is read-only: every resource answers GET and HEAD (HEAD as a GET without its
/// body), nothing else, and no request
/// carries a body. Anything else is refused before routing, as problem+json: another method gets
/// 405 with <c>Allow: GET, HEAD</c>; a body (a non-zero Content-Length, or chunked) gets 413.
/// CORS preflights are answered earlier by the CORS middleware. Limits Kestrel enforces before the
/// application sees a request (request line, header size and count) are set in
/// <see cref="RequestLimits.Configure"/>.
/// </summary>
internal sealed class RequestLimitsMiddleware(RequestDelegate next, Microsoft.AspNetCore.Http.IProblemDetailsService problems)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            context.Response.Headers.Allow = "GET, HEAD";
            await Refuse(context, StatusCodes.Status405MethodNotAllowed, "Method not allowed",
                $"{Truncate(request.Method)} is not supported: this site and its API are read-only and answer GET and HEAD.");
            return;
        }

        if (request.ContentLength > 0 || request.Headers.TransferEncoding.Count > 0)
        {
            await Refuse(context, StatusCodes.Status413PayloadTooLarge, "Request body not accepted",
                "GET and HEAD requests here take no body; send the parameters in the query string.");
            return;
        }

        if (HttpMethods.IsHead(request.Method))
        {
            // Endpoints are mapped for GET: HEAD is answered as GET with its body dropped, so the
            // status and headers are exactly those of the GET.
            request.Method = HttpMethods.Get;
            var body = context.Response.Body;
            context.Response.Body = Stream.Null;
            try
            {
                await next(context);
            }
            finally
            {
                context.Response.Body = body;
                request.Method = HttpMethods.Head;
            }

            return;
        }

        await next(context);
    }

    private async Task Refuse(HttpContext context, int status, string title, string detail)
    {
        context.Response.StatusCode = status;
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        });
    }

    private static string Truncate(string method) => method.Length <= 20 ? method : method[..20] + "…";
}

/// <summary>The request limits, in one place (docs/reliability.md lists them).</summary>
public static class RequestLimits
{
    /// <summary>Longest request line (method, path and query) Kestrel accepts; longer gets 414.</summary>
    public const int MaxRequestLineBytes = 8 * 1024;

    /// <summary>All request headers together; more gets 431.</summary>
    public const int MaxRequestHeadersBytes = 32 * 1024;

    /// <summary>Number of request headers; more gets 431.</summary>
    public const int MaxRequestHeaderCount = 64;

    /// <summary>Request body: none is read; a declared body is refused with 413 before routing.</summary>
    public const long MaxRequestBodyBytes = 0;

    public static void Configure(Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions options)
    {
        options.AddServerHeader = false;
        options.Limits.MaxRequestLineSize = MaxRequestLineBytes;
        options.Limits.MaxRequestHeadersTotalSize = MaxRequestHeadersBytes;
        options.Limits.MaxRequestHeaderCount = MaxRequestHeaderCount;
        options.Limits.MaxRequestBodySize = MaxRequestBodyBytes;
    }
}
