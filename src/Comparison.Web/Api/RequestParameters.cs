using System.Globalization;
using Comparison.Content.AsOf;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Comparison.Web.Api;

/// <summary>Parses and checks query parameters; a failure is a 400 problem naming the parameter.</summary>
internal static class RequestParameters
{
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>`asOf` as YYYY-MM-DD between CETS 197's entry into force and today; today when absent.</summary>
    public static bool TryAsOf(string? value, TimeProvider clock, out DateOnly date, out ValidationProblem? problem)
    {
        problem = null;
        var today = Today(clock);
        if (string.IsNullOrEmpty(value))
        {
            date = today;
            return true;
        }

        if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            problem = ApiProblems.BadParameter("asOf", $"'{Truncate(value)}' is not a date; use YYYY-MM-DD, e.g. 2019-04-12");
            return false;
        }

        if (date < AsOfResolver.Earliest || date > today)
        {
            problem = ApiProblems.BadParameter("asOf", $"the date must be between {AsOfResolver.Earliest:yyyy-MM-dd} (CETS 197 in force) and today ({today:yyyy-MM-dd})");
            return false;
        }

        return true;
    }

    /// <summary>A list parameter, comma-separated and/or repeated: `country=nl,de&amp;country=se`.</summary>
    public static IReadOnlyList<string> List(string[]? values) =>
        (values ?? []).SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Distinct(StringComparer.Ordinal).ToList();

    /// <summary>Null when every value is known; otherwise the problem naming the first unknown one.</summary>
    public static ValidationProblem? CheckKnown(string parameter, IReadOnlyList<string> values, IReadOnlySet<string> known, int max = 100)
    {
        if (values.Count > max)
        {
            return ApiProblems.BadParameter(parameter, $"at most {max} values");
        }

        var unknown = values.FirstOrDefault(v => !known.Contains(v));
        return unknown is null
            ? null
            : ApiProblems.BadParameter(parameter, $"'{Truncate(unknown)}' is not known; allowed: {string.Join(", ", known.Order(StringComparer.Ordinal).Take(60))}");
    }

    public static string Truncate(string value) => value.Length > 40 ? value[..40] + "…" : value;
}
