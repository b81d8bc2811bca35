using System.Net;
using System.Text.Json;

namespace Comparison.Web.Tests;

internal static class ProblemAssertions
{
    /// <summary>Asserts an RFC 9457 problem with the status, naming the parameter where one is given.</summary>
    public static async Task<JsonElement> AssertProblem(HttpResponseMessage response, HttpStatusCode status, string? parameter = null)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal((int)status, body.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(body.GetProperty("title").GetString()));
        if (parameter is not null)
        {
            Assert.True(body.GetProperty("errors").TryGetProperty(parameter, out var messages), $"no error for {parameter}: {body}");
            Assert.NotEmpty(messages.EnumerateArray().First().GetString()!);
        }

        return body;
    }

    public static async Task<JsonElement> JsonBody(HttpResponseMessage response)
    {
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }
}
