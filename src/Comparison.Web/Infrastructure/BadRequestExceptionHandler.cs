using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;

namespace Comparison.Web.Infrastructure;

/// <summary>
/// A parameter that cannot be bound (page=two) is the client's mistake: answer 400 with a
/// problem naming the parameter, never the 500 a thrown exception would otherwise become.
/// </summary>
internal sealed partial class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad)
        {
            return false;
        }

        var parameter = ParameterName().Match(bad.Message) is { Success: true } match ? match.Groups[1].Value : "request";
        context.Response.StatusCode = bad.StatusCode;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = bad.StatusCode,
                Title = "A request parameter is not valid",
                Detail = $"{parameter}: the value cannot be read as the expected type",
                Extensions = { ["errors"] = new Dictionary<string, string[]> { [parameter] = ["the value cannot be read as the expected type"] } },
            },
        });
    }

    [GeneratedRegex(@"parameter ""\S+\?? (\w+)""")]
    private static partial Regex ParameterName();
}
