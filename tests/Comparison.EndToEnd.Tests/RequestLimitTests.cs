using System.Net;
using System.Text;
using Comparison.Web.Infrastructure;

namespace Comparison.EndToEnd.Tests;

/// <summary>
/// The request size limits on the real server (RequestLimits). What the application sees is
/// refused with a problem; what Kestrel refuses first (a request line or headers too large)
/// gets its status and an empty body.
/// </summary>
[Trait("Category", "EndToEnd")]
public sealed class RequestLimitTests(RealContentServer real) : IClassFixture<RealContentServer>
{
    private readonly HttpClient client = new() { BaseAddress = new Uri(real.Server.BaseUrl) };

    [Fact]
    public async Task A_url_over_the_applications_limit_is_a_414_problem()
    {
        var response = await client.GetAsync("/api/v1/search?q=" + new string('a', RequestLimits.MaxUrlLength));
        Assert.Equal(HttpStatusCode.RequestUriTooLong, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_request_line_over_kestrels_limit_is_a_bare_414()
    {
        var response = await client.GetAsync("/api/v1/search?q=" + new string('a', RequestLimits.MaxRequestLineBytes));
        Assert.Equal(HttpStatusCode.RequestUriTooLong, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Headers_over_the_size_or_the_count_are_a_431()
    {
        using var big = new HttpRequestMessage(HttpMethod.Get, "/healthz");
        big.Headers.Add("X-Big", new string('x', RequestLimits.MaxHeaderBytes));
        Assert.Equal(HttpStatusCode.RequestHeaderFieldsTooLarge, (await client.SendAsync(big)).StatusCode);

        using var many = new HttpRequestMessage(HttpMethod.Get, "/healthz");
        for (var i = 0; i < RequestLimits.MaxHeaderCount; i++)
        {
            many.Headers.Add($"X-Header-{i}", "v");
        }

        Assert.Equal(HttpStatusCode.RequestHeaderFieldsTooLarge, (await client.SendAsync(many)).StatusCode);

        // Under both limits: served.
        using var fine = new HttpRequestMessage(HttpMethod.Get, "/healthz");
        fine.Headers.Add("X-Big", new string('x', 8 * 1024));
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(fine)).StatusCode);
    }

    [Fact]
    public async Task A_body_is_a_413_problem_another_method_a_405_problem_and_head_is_served()
    {
        using var get = new HttpRequestMessage(HttpMethod.Get, "/api/v1/search?q=minor") { Content = new StringContent(new string('x', 100_000)) };
        // The server refuses without reading the body and then closes the connection; the next
        // request must not race that close on a pooled connection.
        get.Headers.ConnectionClose = true;
        var refused = await client.SendAsync(get);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);

        var post = await client.PostAsync("/api/v1/search", new StringContent("{\"q\":\"minor\"}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, post.StatusCode);
        Assert.Equal("application/problem+json", post.Content.Headers.ContentType?.MediaType);
        Assert.Equal(["GET", "HEAD"], post.Content.Headers.Allow.Order());

        foreach (var path in new[] { "/api/v1/countries/nl", "/countries/nl/", "/healthz" })
        {
            using var head = new HttpRequestMessage(HttpMethod.Head, path);
            var response = await client.SendAsync(head);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        }
    }
}

/// <summary>One `comparison serve` on the repository's content for a test class.</summary>
public sealed class RealContentServer : IAsyncLifetime
{
    public ServerProcess Server { get; private set; } = default!;

    public async Task InitializeAsync() => Server = await ServerProcess.StartAsync(Comparison.Testing.RepositoryRoot.Content);

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
