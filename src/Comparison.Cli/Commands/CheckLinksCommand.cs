using System.CommandLine;
using System.Diagnostics;
using Comparison.Cli.Links;
using Comparison.Cli.Output;
using Comparison.Content.Links;
using Comparison.Content.Loading;

namespace Comparison.Cli.Commands;

/// <summary>
/// `comparison check-links`: asks every instrument, provision, source and GRETA URL of the
/// content whether it still answers. Needs the network, so it is run by hand (CONTRIBUTING.md),
/// never in CI. Prints `file:line:col url status` for each broken link, the redirects followed,
/// and a summary; exit code 1 if any link is broken.
/// </summary>
internal static class CheckLinksCommand
{
    public static Command Create(TextWriter output, TextWriter error, Func<HttpMessageHandler>? handler = null)
    {
        var content = ContentOptions.CreateContentOption();
        var concurrency = new Option<int>("--concurrency") { Description = "Requests in flight at once, over all hosts", DefaultValueFactory = _ => 8 };
        var perHost = new Option<int>("--per-host") { Description = "Requests in flight at once to one host", DefaultValueFactory = _ => 1 };
        var delay = new Option<int>("--delay-ms") { Description = "Least time between two requests to one host, in milliseconds", DefaultValueFactory = _ => 500 };
        var timeout = new Option<int>("--timeout") { Description = "Seconds to wait for one answer", DefaultValueFactory = _ => 20 };
        var command = new Command("check-links", "Check that every URL in the content still answers (needs the network); exit code 1 if any is broken")
        {
            content, concurrency, perHost, delay, timeout,
        };
        command.SetAction((parse, cancellation) => RunAsync(
            ContentOptions.Resolve(parse.GetValue(content)),
            new LinkCheckOptions(parse.GetValue(concurrency), parse.GetValue(perHost), TimeSpan.FromMilliseconds(parse.GetValue(delay)), TimeSpan.FromSeconds(parse.GetValue(timeout))),
            handler ?? CreateHandler, output, error, cancellation));
        return command;
    }

    private static async Task<int> RunAsync(string contentDirectory, LinkCheckOptions options, Func<HttpMessageHandler> createHandler,
        TextWriter output, TextWriter error, CancellationToken cancellation)
    {
        var result = new ContentLoader().Load(contentDirectory);
        if (result.ErrorCount > 0)
        {
            DiagnosticPrinter.Print(error, result.Diagnostics, result.FileCount);
            error.WriteLine("not checking links: fix the errors above (`comparison validate` shows the same list)");
            return 1;
        }

        var timer = Stopwatch.StartNew();
        using var handler = createHandler();
        var checker = new LinkChecker(handler, options, TimeProvider.System);
        var checks = (await checker.CheckAllAsync(result.Links.Select(l => l.Url), cancellation)).ToDictionary(c => c.Url, StringComparer.Ordinal);
        LinkReport.Print(output, result.Links, checks, timer.Elapsed);
        return checks.Values.Any(c => c.IsBroken) ? 1 : 0;
    }

    // Redirects are followed by the checker, hop by hop, so each can be reported.
    private static SocketsHttpHandler CreateHandler() => new()
    {
        AllowAutoRedirect = false,
        AutomaticDecompression = System.Net.DecompressionMethods.All,
        PooledConnectionLifetime = TimeSpan.FromMinutes(2),
    };
}
