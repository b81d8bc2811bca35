using System.Text.Encodings.Web;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Comparison.Web.Api;
using Comparison.Web.Infrastructure;
using Comparison.Web.Site;
using Comparison.Web.Snapshots;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Scalar.AspNetCore;

namespace Comparison.Web;

/// <summary>How the host is put together; Program.cs and `comparison serve` both use it.</summary>
public static class ComparisonWebApplication
{
    public const string ContentDirectoryKey = "Comparison:ContentDirectory";

    public static WebApplicationBuilder AddComparison(this WebApplicationBuilder builder)
    {
        // Configure the clock and the content snapshot (a pre-loaded store wins, e.g. from `comparison serve`)
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton(CachePolicy.Default);
        builder.Services.TryAddSingleton(new SiteHosting(builder.Configuration["Comparison:BaseUrl"] ?? SiteHosting.Default.CanonicalBaseUrl));
        builder.Services.TryAddSingleton(services =>
        {
            var directory = builder.Configuration[ContentDirectoryKey] ?? "content";
            return new SnapshotStore(ContentStartup.LoadSnapshot(directory, services.GetRequiredService<TimeProvider>(),
                services.GetRequiredService<SiteHosting>()));
        });

        // Configure JSON, problem details and OpenAPI
        builder.Services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
            options.SerializerOptions.WriteIndented = false;

            // ASP.NET Core's default encoder writes '<', '>' and '&' as they are. Content text
            // carries them (a provision may quote "<script>"), so escape them (\u003C): no body
            // of this API holds a tag, even for a client that would sniff it as HTML. Letters of
            // every script stay readable.
            options.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
        });
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<BadRequestExceptionHandler>();
        builder.Services.AddOpenApi(options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Comparison API";
            document.Info.Description = "The Comparison knowledge base as JSON: how the Parties to CETS 197 treat buyers of sex from minors, users of victims' services, clients who report, and Article 6. Every response names its data version and the date it answers for.";
            return Task.CompletedTask;
        }));

        // Configure CORS: a public read API
        builder.Services.AddCors(options => options.AddDefaultPolicy(policy => policy.AllowAnyOrigin().WithMethods("GET", "HEAD").AllowAnyHeader()
            .WithExposedHeaders("ETag", "X-Data-Version")));

        // Configure rate limiting: a token bucket per client on /api/v1 (0 permits turns it off)
        builder.Services.AddApiRateLimiting();

        // Configure output caching: a snapshot never changes, so an answer computed once for a URL
        // is reused until the snapshot is replaced (the snapshot's tag is part of every key)
        builder.Services.AddOutputCache(options =>
        {
            options.SizeLimit = 64 * 1024 * 1024;
            options.AddBasePolicy(policy => policy
                .With(context => context.HttpContext.Request.Path.StartsWithSegments("/api/v1"))
                .Expire(TimeSpan.FromMinutes(30))
                .SetVaryByQuery("*")
                .VaryByValue(context =>
                {
                    var services = context.RequestServices;
                    var today = DateOnly.FromDateTime(services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
                    return new KeyValuePair<string, string>("snapshot", $"{services.GetRequiredService<SnapshotStore>().Current.CacheTag}|{today:O}");
                }));
        });

        // Configure compression: pages and JSON travel compressed (Brotli, else gzip)
        builder.Services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.MimeTypes = ["text/html", "text/css", "text/javascript", "application/json", "application/problem+json",
                "text/csv", "application/xml", "application/atom+xml", "image/svg+xml"];
        });

        // Configure Kestrel: no server banner; request size limits (RequestLimits, docs/reliability.md)
        builder.WebHost.ConfigureKestrel(options =>
        {
            options.AddServerHeader = false;
            RequestLimits.Apply(options.Limits);
        });
        return builder;
    }

    public static WebApplication UseComparison(this WebApplication app)
    {
        // Configure diagnostics: where each response's time went, when asked for (benchmarks)
        if (app.Configuration.GetValue<bool>(ServerTimingMiddleware.Setting))
        {
            app.UseMiddleware<ServerTimingMiddleware>();
        }

        // Configure errors: problem+json for every failure, never a stack trace
        app.UseResponseCompression();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseCors();

        // Refuse what no endpoint serves (another method, a body, an overlong URL) before any work
        app.UseMiddleware<RequestLimitsMiddleware>();
        app.UseRouting();

        // Limit before any cache answers, so a client over its limit is told so even for a cached URL
        app.UseRateLimiter();

        // Configure caching: ETag and 304 for every GET
        app.UseMiddleware<CachingMiddleware>();
        app.UseOutputCache();

        // Configure the API
        var api = app.MapGroup("/api/v1");
        api.MapSearch().MapCountries().MapQuestions().MapCompare().MapExport().MapGaps();
        app.MapHealth();
        app.MapSite();
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapScalarApiReference("/api/docs", options => options
            .WithTitle("Comparison API")
            .WithOpenApiRoutePattern("/openapi/{documentName}.json")
            .DisableDefaultFonts());
        return app;
    }
}
