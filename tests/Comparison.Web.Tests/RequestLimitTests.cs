using System.Net;
using static Comparison.Web.Tests.ProblemAssertions;

namespace Comparison.Web.Tests;

/// <summary>
/// The host is read-only: GET and HEAD without a body. Other methods and request bodies are
/// refused before routing, as problem+json, on the API and the site alike. (Kestrel's own limits
/// on the request line and headers are tried against the real server in the end-to-end tests.)
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class RequestLimitTests(ApiFactory factory)
{
    private readonly HttpClient client = factory.CreateClient();

    public static TheoryData<string, string> WritesEverywhere() => new()
    {
        { "POST", "/api/v1/countries" },
        { "PUT", "/api/v1/countries/nl" },
        { "DELETE", "/api/v1/countries/nl" },
        { "PATCH", "/api/v1/search?q=ban" },
        { "POST", "/api/v1/nothing-here" },
        { "POST", "/countries/nl/" },
        { "DELETE", "/" },
        { "PUT", "/assets/site.css" },
        { "TRACE", "/" },
        { "OPTIONS", "/api/v1/countries" },
        { "PROPFIND", "/" },
    };

    [Theory]
    [MemberData(nameof(WritesEverywhere))]
    public async Task Any_method_but_get_and_head_is_a_405_problem_with_allow(string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        var response = await client.SendAsync(request);
        var body = await AssertProblem(response, HttpStatusCode.MethodNotAllowed);
        Assert.Equal(["GET", "HEAD"], response.Content.Headers.Allow.Order());
        Assert.Contains(method, body.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("/api/v1/search?q=ban")]
    [InlineData("/countries/nl/")]
    public async Task Head_is_answered_like_get_without_a_body(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Head, path);
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2 * 1024 * 1024)]
    public async Task A_get_with_a_body_is_a_413_problem(int bytes)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/search?q=ban") { Content = new ByteArrayContent(new byte[bytes]) };
        await AssertProblem(await client.SendAsync(request), HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task A_chunked_body_is_a_413_problem_too()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/countries/nl/") { Content = new StreamContent(new MemoryStream(new byte[100])) };
        request.Headers.TransferEncodingChunked = true;
        await AssertProblem(await client.SendAsync(request), HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task A_cors_preflight_for_get_is_still_answered()
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "/api/v1/countries");
        request.Headers.Add("Origin", "https://example.org");
        request.Headers.Add("Access-Control-Request-Method", "GET");
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }
}
