using System.CommandLine;
using Comparison.Cli.Output;
using Comparison.Content.Loading;
using Comparison.Web;
using Comparison.Web.Infrastructure;
using Comparison.Web.Site;
using Comparison.Web.Snapshots;

namespace Comparison.Cli.Commands;

/// <summary>
/// `comparison serve`: validates the content, builds the index and the site in memory and
/// serves them with the API; `--watch` rebuilds on every content change.
/// Invalid content prints the same diagnostics as `validate` and exits with 1.
/// </summary>
internal static class ServeCommand
{
    public const string DefaultUrl = "http://localhost:5080";

    public static Command Create(TextWriter output, TextWriter error)
    {
        var content = ContentOptions.CreateContentOption();
        var urls = new Option<string>("--urls")
        {
            Description = $"Where to listen, e.g. http://127.0.0.1:8080 (default {DefaultUrl})",
            DefaultValueFactory = _ => DefaultUrl,
        };
        var watch = new Option<bool>("--watch")
        {
            Description = "Rebuild when a content file changes; a broken edit keeps the last good build online and shows its errors",
        };
        var command = new Command("serve", "Validate the content, build the search index and the site, and serve them with the API") { content, urls, watch };
        command.SetAction((parse, cancellation) =>
            RunAsync(ContentOptions.Resolve(parse.GetValue(content)), parse.GetValue(urls)!, parse.GetValue(watch), output, error, cancellation));
        return command;
    }

    private static async Task<int> RunAsync(string contentDirectory, string urls, bool watch, TextWriter output, TextWriter error, CancellationToken cancellation)
    {
        var started = TimeProvider.System.GetTimestamp();
        var result = new ContentLoader().Load(contentDirectory);
        if (!result.Succeeded)
        {
            DiagnosticPrinter.Print(error, result.Diagnostics, result.FileCount);
            error.WriteLine("not serving: fix the errors above (`comparison validate` shows the same list)");
            return 1;
        }

        var loadedMs = TimeProvider.System.GetElapsedTime(started).TotalMilliseconds;
        var hosting = new SiteHosting(urls.Split(';')[0].TrimEnd('/'));
        var snapshot = Snapshot.Build(result.Content!, TimeProvider.System, hosting);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Services.AddSingleton(new SnapshotStore(snapshot));
        builder.Services.AddSingleton(hosting);
        builder.Services.AddSingleton(watch ? CachePolicy.LivePreview : CachePolicy.Default);
        builder.WebHost.UseUrls(urls);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddComparison();
        await using var app = builder.Build();
        app.UseComparison();
        // Watch before listening, so no edit made after the first answer can be missed.
        using var watcher = watch
            ? new ContentWatcher(contentDirectory, app.Services.GetRequiredService<SnapshotStore>(), TimeProvider.System, hosting, output)
            : null;
        await app.StartAsync(cancellation);
        snapshot.Site.Prepare();
        snapshot.Index.WarmUp();
        output.WriteLine($"serving {snapshot.Content.Jurisdictions.Count} jurisdictions, {snapshot.Index.DocumentCount} indexed documents, data version {snapshot.Version}");
        output.WriteLine($"content loaded and validated in {loadedMs:N0} ms, index built in {snapshot.Index.Statistics.TotalMs:N0} ms");
        output.WriteLine($"ready in {TimeProvider.System.GetElapsedTime(started).TotalMilliseconds:N0} ms at {string.Join(", ", app.Urls)} (site: /, API: /api/v1, reference: /api/docs); Ctrl+C stops");
        if (watcher is not null)
        {
            output.WriteLine($"watching {contentDirectory} for changes");
        }

        await app.WaitForShutdownAsync(cancellation);
        return 0;
    }
}
