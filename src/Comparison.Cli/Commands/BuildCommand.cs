using System.CommandLine;
using System.Diagnostics;
using Comparison.Cli.Output;
using Comparison.Content.Loading;
using Comparison.Site;

namespace Comparison.Cli.Commands;

/// <summary>
/// `comparison build --out DIR`: validates the content (the same diagnostics as `validate`, exit 1
/// on any error), then writes the static site under DIR and prints what it wrote.
/// </summary>
internal static class BuildCommand
{
    public const string DefaultBaseUrl = ServeCommand.DefaultUrl;
    public const string DefaultApiBaseUrl = "/api/v1";

    public static Command Create(TextWriter output, TextWriter error)
    {
        var content = ContentOptions.CreateContentOption();
        var outDir = new Option<string>("--out") { Description = "The folder to write the site to (created if missing)", HelpName = "DIR", Required = true };
        var baseUrl = new Option<string>("--base-url")
        {
            Description = $"The public address of the site, for canonical links, the feed and the sitemap (default {DefaultBaseUrl})",
            HelpName = "URL",
            DefaultValueFactory = _ => DefaultBaseUrl,
        };
        var apiBaseUrl = new Option<string>("--api-base-url")
        {
            Description = $"Where the search API answers, for the search page's script (default {DefaultApiBaseUrl})",
            HelpName = "URL",
            DefaultValueFactory = _ => DefaultApiBaseUrl,
        };
        var command = new Command("build", "Validate the content and write the static site (HTML, CSV, JSON, feed, sitemap) to a folder")
        {
            content, outDir, baseUrl, apiBaseUrl,
        };
        command.SetAction(parse => Run(ContentOptions.Resolve(parse.GetValue(content)), parse.GetValue(outDir)!,
            parse.GetValue(baseUrl)!, parse.GetValue(apiBaseUrl)!, output, error));
        return command;
    }

    private static int Run(string contentDirectory, string outDirectory, string baseUrl, string apiBaseUrl, TextWriter output, TextWriter error)
    {
        var clock = Stopwatch.StartNew();
        if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var baseUri) || (baseUri.Scheme != Uri.UriSchemeHttp && baseUri.Scheme != Uri.UriSchemeHttps))
        {
            error.WriteLine($"error: --base-url '{baseUrl}' is not an absolute http(s) address, e.g. https://comparison.example.org");
            return 1;
        }

        var result = new ContentLoader().Load(contentDirectory);
        DiagnosticPrinter.Print(result.ErrorCount == 0 ? output : error, result.Diagnostics, result.FileCount);
        if (!result.Succeeded)
        {
            error.WriteLine("not building: fix the errors above (`comparison validate` shows the same list)");
            return 1;
        }

        var files = new SiteBuilder(result.Content!, new SiteOptions(baseUrl.TrimEnd('/'), apiBaseUrl.TrimEnd('/'), DateTimeOffset.UtcNow)).BuildAll();
        var root = Path.GetFullPath(outDirectory);
        long bytes;
        try
        {
            bytes = SiteWriter.Write(root, files);
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"error: {e.Message}");
            return 1;
        }

        output.WriteLine($"wrote {files.Count} files, {bytes:N0} bytes, to {root} in {clock.ElapsedMilliseconds:N0} ms (data version {result.Content!.Version})");
        return 0;
    }
}
