using Microsoft.AspNetCore.Http.HttpResults;

namespace Comparison.Web.Api;

/// <summary>RFC 9457 problem details for expected failures: each names the parameter and why.</summary>
internal static class ApiProblems
{
    public static ValidationProblem BadParameter(string parameter, string message) =>
        TypedResults.ValidationProblem(
            new Dictionary<string, string[]> { [parameter] = [message] },
            detail: $"{parameter}: {message}",
            title: "A request parameter is not valid");

    public static ProblemHttpResult NotFound(string what) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: what);
}
