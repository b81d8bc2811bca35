using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Comparison.Web.Tests;

/// <summary>The host on the repository's real content, with the clock stopped on one day.</summary>
public sealed class ApiFactory : WebApplicationFactory<Program>
{
    public static readonly DateOnly Today = new(2026, 11, 28);

    public static string RepositoryRoot => Comparison.Testing.RepositoryRoot.Path;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting(ComparisonWebApplication.ContentDirectoryKey, Path.Combine(RepositoryRoot, "content"));

        // Tests send thousands of requests from one address; RateLimitTests has its own host.
        builder.UseSetting("Comparison:RateLimit:PermitsPerSecond", "0");
        builder.ConfigureServices(services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(new StoppedClock())));
    }

    private sealed class StoppedClock : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(Today.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
    }
}

[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<ApiFactory>
{
    public const string Name = "api";
}
