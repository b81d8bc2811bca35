using System.Net;
using System.Net.Sockets;
using System.Text;
using Comparison.Web.Infrastructure;

namespace Comparison.EndToEnd.Tests;

/// <summary>
/// The limits Kestrel enforces before the application sees a request, tried against the real
/// `comparison serve`: an over-long request line, too many or too large headers, a path with a NUL
/// byte. Each is refused with a 4xx and the server keeps answering.
/// </summary>
[Trait("Category", "EndToEnd")]
public sealed class KestrelLimitTests : IAsyncLifetime
{
    private ServerProcess server = default!;

    public async Task InitializeAsync() => server = await ServerProcess.StartAsync(Comparison.Testing.RepositoryRoot.Content);

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task Each_limit_is_refused_with_its_status_and_the_server_keeps_answering()
    {
        using var http = new HttpClient();
        var longLine = server.BaseUrl + "/api/v1/search?q=" + new string('a', RequestLimits.MaxRequestLineBytes);
        Assert.Equal(HttpStatusCode.RequestUriTooLong, (await http.GetAsync(longLine)).StatusCode);

        using (var big = new HttpRequestMessage(HttpMethod.Get, server.BaseUrl + "/api/v1/countries"))
        {
            big.Headers.Add("X-Big", new string('b', RequestLimits.MaxRequestHeadersBytes));
            Assert.Equal(HttpStatusCode.RequestHeaderFieldsTooLarge, (await http.SendAsync(big)).StatusCode);
        }

        using (var many = new HttpRequestMessage(HttpMethod.Get, server.BaseUrl + "/api/v1/countries"))
        {
            for (var i = 0; i <= RequestLimits.MaxRequestHeaderCount; i++)
            {
                many.Headers.Add($"X-H{i}", "v");
            }

            Assert.Equal(HttpStatusCode.RequestHeaderFieldsTooLarge, (await http.SendAsync(many)).StatusCode);
        }

        // Within the limits: a long but allowed query is the application's to judge (400, q over 500 characters).
        var withinLine = server.BaseUrl + "/api/v1/search?q=" + new string('a', 600);
        Assert.Equal(HttpStatusCode.BadRequest, (await http.GetAsync(withinLine)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(server.BaseUrl + "/healthz")).StatusCode);
    }

    [Fact]
    public async Task A_nul_byte_or_a_raw_control_character_in_the_path_is_refused_by_kestrel()
    {
        foreach (var path in new[] { "/api/v1/countries/%00", "/countries/nl%00/", "/x\u0001y" })
        {
            var status = await RawStatusAsync($"GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            Assert.True(status is 400 or 404, $"{path}: {status}");
        }

        using var http = new HttpClient();
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(server.BaseUrl + "/healthz")).StatusCode);
    }

    private async Task<int> RawStatusAsync(string request)
    {
        var uri = new Uri(server.BaseUrl);
        using var client = new TcpClient();
        await client.ConnectAsync(uri.Host, uri.Port);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.Latin1.GetBytes(request));
        using var reader = new StreamReader(stream, Encoding.Latin1);
        var statusLine = await reader.ReadLineAsync() ?? "";
        return int.Parse(statusLine.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
    }
}
