using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Mvc.Testing;
using static Comparison.Web.Tests.ProblemAssertions;

namespace Comparison.Web.Tests;

/// <summary>The per-client limit on /api/v1, on a host of its own with a small limit.</summary>
public sealed class RateLimitTests : IClassFixture<RateLimitTests.LimitedFactory>
{
    private const int Burst = 5;
    private readonly LimitedFactory factory;

    public RateLimitTests(LimitedFactory factory) => this.factory = factory;

    [Fact]
    public async Task A_burst_over_the_limit_gets_429_with_retry_after_and_a_problem_body()
    {
        var client = factory.CreateClient();
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? rejected = null;
        for (var i = 0; i < Burst + 5 && rejected is null; i++)
        {
            var response = await client.GetAsync("/api/v1/countries/nl");
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                rejected = response;
            }
        }

        Assert.NotNull(rejected);
        Assert.True(statuses.Take(Burst).All(s => s == HttpStatusCode.OK), string.Join(", ", statuses));
        await AssertProblem(rejected, HttpStatusCode.TooManyRequests);
        var retryAfter = rejected.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value.TotalSeconds, 1, 60);
    }

    [Fact]
    public async Task Pages_outside_the_api_are_not_limited()
    {
        var client = factory.CreateClient();
        for (var i = 0; i < Burst * 3; i++)
        {
            using var response = await client.GetAsync("/healthz");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task Under_the_limit_every_request_is_answered()
    {
        // A host of its own, so the other tests' requests do not spend this one's tokens.
        await using var host = new LimitedFactory();
        var client = host.CreateClient();
        for (var i = 0; i < Burst; i++)
        {
            using var response = await client.GetAsync($"/api/v1/search?q=minor&page={i + 1}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task Each_client_address_has_its_own_limit()
    {
        await using var host = new LimitedFactory();
        var client = host.CreateClient();
        for (var i = 0; i < Burst; i++)
        {
            using var spent = await Send(client, "192.0.2.1");
            Assert.Equal(HttpStatusCode.OK, spent.StatusCode);
        }

        using var over = await Send(client, "192.0.2.1");
        Assert.Equal(HttpStatusCode.TooManyRequests, over.StatusCode);
        using var other = await Send(client, "192.0.2.2");
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task Zero_permits_turns_the_limit_off()
    {
        await using var host = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting(ComparisonWebApplication.ContentDirectoryKey, Path.Combine(ApiFactory.RepositoryRoot, "content"));
            builder.UseSetting("Comparison:RateLimit:PermitsPerSecond", "0");
            builder.UseSetting("Comparison:RateLimit:Burst", "1");
        });
        var client = host.CreateClient();
        for (var i = 0; i < 20; i++)
        {
            using var response = await client.GetAsync("/api/v1/countries/nl");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    private static Task<HttpResponseMessage> Send(HttpClient client, string address)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/countries/nl");
        request.Headers.Add(LimitedFactory.ClientAddressHeader, address);
        return client.SendAsync(request);
    }

    /// <summary>
    /// One permit a second and a burst of five: small enough to exceed in a test. The in-process
    /// server has no client address, so a test header stands in for one.
    /// </summary>
    public sealed class LimitedFactory : WebApplicationFactory<Program>
    {
        public const string ClientAddressHeader = "X-Test-Client-Address";

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, ClientAddressFromHeader>());
            builder.UseSetting(ComparisonWebApplication.ContentDirectoryKey, Path.Combine(ApiFactory.RepositoryRoot, "content"));
            builder.UseSetting("Comparison:RateLimit:PermitsPerSecond", "1");
            builder.UseSetting("Comparison:RateLimit:Burst", Burst.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        private sealed class ClientAddressFromHeader : IStartupFilter
        {
            public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
            {
                app.Use((context, nextMiddleware) =>
                {
                    if (IPAddress.TryParse(context.Request.Headers[ClientAddressHeader], out var address))
                    {
                        context.Connection.RemoteIpAddress = address;
                    }

                    return nextMiddleware(context);
                });
                next(app);
            };
        }
    }
}
