using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Comparison.Web.Tests;

/// <summary>The host on the repository's real content, with the clock stopped on one day.</summary>
public sealed class ApiFactory : WebApplicationFactory<Program>
{
    public static readonly DateOnly Today = new(2026, 11, 28);

    public static string RepositoryRoot { get; } = FindRoot();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting(ComparisonWebApplication.ContentDirectoryKey, Path.Combine(RepositoryRoot, "content"));
        builder.ConfigureServices(services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(new StoppedClock())));
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Comparison.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Comparison.sln not found");
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
