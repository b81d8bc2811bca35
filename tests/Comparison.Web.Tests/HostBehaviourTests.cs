using System.Net;
using System.Text.Json;
using static Comparison.Web.Tests.ProblemAssertions;

namespace Comparison.Web.Tests;

[Collection(ApiCollection.Name)]
public sealed class HostBehaviourTests(ApiFactory factory)
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task A_get_carries_an_etag_and_a_matching_if_none_match_gets_304()
    {
        var first = await client.GetAsync("/api/v1/countries/se");
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.True(first.Headers.Contains("X-Data-Version"));
        Assert.Contains("max-age", first.Headers.CacheControl?.ToString());

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/countries/se");
        request.Headers.IfNoneMatch.Add(etag);
        var second = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Different_requests_get_different_etags()
    {
        var a = (await client.GetAsync("/api/v1/countries/se")).Headers.ETag;
        var b = (await client.GetAsync("/api/v1/countries/se?asOf=2019-04-12")).Headers.ETag;
        Assert.NotEqual(a, b);
    }

    [Fact]
    public async Task Cors_is_open_for_reads()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/questions");
        request.Headers.Add("Origin", "https://example.org");
        var response = await client.SendAsync(request);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    [Fact]
    public async Task Security_headers_are_set_and_there_is_no_server_banner()
    {
        var response = await client.GetAsync("/api/v1/questions");
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("default-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.False(response.Headers.Contains("Server"));
    }

    [Fact]
    public async Task An_unknown_route_is_a_404_problem() =>
        await AssertProblem(await client.GetAsync("/api/v1/nothing-here"), HttpStatusCode.NotFound);

    [Fact]
    public async Task Health_reports_the_data_version_and_what_is_indexed()
    {
        var body = await JsonBody(await client.GetAsync("/healthz"));
        Assert.Equal("ok", body.GetProperty("status").GetString());
        Assert.Equal(50, body.GetProperty("jurisdictions").GetInt32());
        Assert.True(body.GetProperty("indexedDocuments").GetInt32() > 50);
    }

    [Fact]
    public async Task The_openapi_document_describes_every_endpoint_and_its_parameters()
    {
        var document = await JsonBody(await client.GetAsync("/openapi/v1.json"));
        var paths = document.GetProperty("paths");
        foreach (var path in new[] { "/api/v1/search", "/api/v1/countries", "/api/v1/countries/{id}", "/api/v1/questions", "/api/v1/questions/{id}", "/api/v1/compare", "/api/v1/export", "/api/v1/gaps", "/healthz" })
        {
            Assert.True(paths.TryGetProperty(path, out _), path);
        }

        var searchParameters = paths.GetProperty("/api/v1/search").GetProperty("get").GetProperty("parameters").EnumerateArray().ToList();
        foreach (var name in new[] { "q", "country", "question", "value", "group", "membership", "asOf", "page", "pageSize" })
        {
            var parameter = searchParameters.Single(p => p.GetProperty("name").GetString() == name);
            Assert.False(string.IsNullOrWhiteSpace(parameter.GetProperty("description").GetString()), name);
        }

        Assert.True(document.GetProperty("components").GetProperty("schemas").TryGetProperty("SearchResponse", out _));
    }

    [Fact]
    public async Task The_api_reference_page_is_served_from_this_host()
    {
        var response = await client.GetAsync("/api/docs/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<script", html);
        Assert.DoesNotContain("cdn.jsdelivr.net", html);
        Assert.DoesNotContain("fonts.scalar.com", html);
    }

    [Fact]
    public async Task Every_json_response_names_its_data_version_and_date()
    {
        foreach (var url in new[] { "/api/v1/countries", "/api/v1/countries/nl", "/api/v1/questions", "/api/v1/questions/reporting-duty", "/api/v1/compare?countries=nl,de", "/api/v1/search?q=ban", "/api/v1/export", "/api/v1/gaps" })
        {
            var body = await JsonBody(await client.GetAsync(url));
            Assert.Equal(JsonValueKind.String, body.GetProperty("dataVersion").ValueKind);
            Assert.True(body.TryGetProperty("asOf", out _), url);
        }
    }

    [Theory]
    [InlineData("/../content/questions.yaml")]
    [InlineData("/%2e%2e/%2e%2e/etc/passwd")]
    [InlineData("/%252e%252e/%252e%252e/etc/passwd")]
    [InlineData("/..%5c..%5cComparison.sln")]
    [InlineData("/assets/..%2f..%2fcontent%2fcountries%2fnl.yaml")]
    [InlineData("//etc/passwd")]
    [InlineData("/countries/nl/../../../README.md")]
    public async Task No_file_outside_the_built_site_is_reachable(string path)
    {
        var response = await client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        // Whatever the status, the body is a page of the site (or a problem), never a file from disk.
        Assert.True(body.StartsWith("<!doctype html>", StringComparison.OrdinalIgnoreCase) || body.StartsWith('{') || body.Length == 0, body[..Math.Min(80, body.Length)]);
        Assert.DoesNotContain("root:", body);
        Assert.DoesNotContain("yaml-language-server", body);
        Assert.DoesNotContain("Microsoft Visual Studio Solution File", body);
    }

    [Fact]
    public async Task Site_pages_carry_a_strict_content_security_policy()
    {
        var response = await client.GetAsync("/countries/nl/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("default-src 'self'", policy);
        Assert.DoesNotContain("unsafe-inline", policy);
        Assert.Contains("frame-ancestors 'none'", policy);
    }
}
