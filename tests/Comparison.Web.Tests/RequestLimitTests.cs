using System.Net;
using System.Text;
using Comparison.Web.Infrastructure;
using static Comparison.Web.Tests.ProblemAssertions;

namespace Comparison.Web.Tests;

/// <summary>
/// The limits the application itself enforces (RequestLimits): GET and HEAD only, no body, a URL
/// of bounded length, each refused as problem+json. Kestrel's own limits (request line, headers)
/// are not in the in-process server: tests/Comparison.EndToEnd.Tests/RequestLimitTests.cs.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class RequestLimitTests(ApiFactory factory)
{
    private static readonly string[] Paths =
        ["/api/v1/search?q=minor", "/api/v1/countries/nl", "/api/v1/nothing-here", "/countries/nl/", "/", "/search/?q=x", "/healthz", "/assets/site.css", "/openapi/v1.json"];

    private readonly HttpClient client = factory.CreateClient();

    public static TheoryData<string> Methods => new() { "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "PROPFIND" };

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task Any_method_but_get_and_head_is_a_405_problem_with_allow(string method)
    {
        foreach (var path in Paths)
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), path);
            var response = await client.SendAsync(request);
            await AssertProblem(response, HttpStatusCode.MethodNotAllowed);
            Assert.Equal(["GET", "HEAD"], response.Content.Headers.Allow.Order());
        }
    }

    [Fact]
    public async Task Head_is_served_and_a_cors_preflight_is_still_answered()
    {
        using var head = new HttpRequestMessage(HttpMethod.Head, "/api/v1/countries/nl?asOf=2020-02-02");
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(head)).StatusCode);

        // HEAD is routed as a GET: what the output cache kept for it is the whole answer.
        var get = await client.GetAsync("/api/v1/countries/nl?asOf=2020-02-02");
        Assert.Equal("nl", (await JsonBody(get)).GetProperty("id").GetString());

        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/v1/search?q=minor");
        preflight.Headers.Add("Origin", "https://example.org");
        preflight.Headers.Add("Access-Control-Request-Method", "GET");
        var response = await client.SendAsync(preflight);
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    [Fact]
    public async Task Head_of_a_large_answer_sends_headers_and_no_body()
    {
        // The JSON export is over a megabyte: more than a server may hold for a client that, after
        // a HEAD, never reads a body. A guard turns a hang into a failure.
        using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        using var head = new HttpRequestMessage(HttpMethod.Head, "/api/v1/export?format=json");
        using var response = await client.SendAsync(head, guard.Token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("application/json", response.Content.Headers.ContentType!.ToString(), StringComparison.Ordinal);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync(guard.Token));

        var get = await client.GetAsync("/api/v1/export?format=json", guard.Token);
        Assert.True((await get.Content.ReadAsByteArrayAsync(guard.Token)).Length > 1024 * 1024);
    }

    [Fact]
    public async Task A_body_is_a_413_problem_and_a_post_with_one_is_told_the_method_first()
    {
        foreach (var path in new[] { "/api/v1/search?q=minor", "/countries/nl/" })
        {
            using var get = new HttpRequestMessage(HttpMethod.Get, path) { Content = new StringContent("{\"q\":\"minor\"}", Encoding.UTF8, "application/json") };
            await AssertProblem(await client.SendAsync(get), HttpStatusCode.RequestEntityTooLarge);
        }

        var post = await client.PostAsync("/api/v1/search", new StringContent(new string('x', 10_000)));
        await AssertProblem(post, HttpStatusCode.MethodNotAllowed);
    }

    [Fact]
    public async Task A_url_over_the_limit_is_a_414_problem_and_one_at_the_limit_reaches_the_endpoint()
    {
        const string prefix = "/api/v1/search?q=";
        var over = prefix + new string('a', RequestLimits.MaxUrlLength - prefix.Length + 1);
        var body = await AssertProblem(await client.GetAsync(over), HttpStatusCode.RequestUriTooLong);
        Assert.Contains($"{RequestLimits.MaxUrlLength}", body.GetProperty("detail").GetString());

        // At the limit the search itself answers: the query is over its own 500 characters.
        var at = prefix + new string('a', RequestLimits.MaxUrlLength - prefix.Length);
        await AssertProblem(await client.GetAsync(at), HttpStatusCode.BadRequest, "q");

        // The limit counts the URL as sent: 1,400 three-byte letters are 12,600 characters encoded.
        await AssertProblem(await client.GetAsync(prefix + Uri.EscapeDataString(new string('仕', 1_400))), HttpStatusCode.RequestUriTooLong);
    }
}
