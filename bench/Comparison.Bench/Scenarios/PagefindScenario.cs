using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace Comparison.Bench.Scenarios;

/// <summary>
/// Bytes a browser downloads per query: Pagefind (its index over our built site, served by a
/// plain static host with compression, as a static site would be) against one API search
/// response from `comparison serve`. Both measured in chromium from the network events of the page
/// and its workers (headers and compressed body as transferred), the first ten results' data loaded for Pagefind, as a
/// results list shows them. Pagefind's one-off start (script, WebAssembly, metadata) is reported
/// apart from the per-query bytes; later queries reuse what the browser already holds (index
/// chunks, fragments), as a reader's next search would. The API's figures do not depend on the
/// site's size; Pagefind's grow with it (more index chunks), hence --label for each site measured.
/// </summary>
internal static class PagefindScenario
{
    private static readonly string[] Queries =
    [
        "sex purchase ban", "reporter immunity", "ontucht minderjarige", "Minderjährige", "decoy",
        "trafficking victim services", "Lanzarote", "Sexual Offences Act", "248b", "mandatory reporting",
    ];

    public static async Task<int> RunAsync(BenchOptions options)
    {
        var site = Path.GetFullPath(options.Require("site"));
        var api = options.Require("api").TrimEnd('/');
        var label = options.Get("label", "real");
        await using var host = await StartStaticHostAsync(site);
        var staticUrl = host.Urls.First();
        var (playwright, browser) = await Browser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;

        var pagefind = await browser.NewPageAsync();
        var pagefindMeter = new Browser.TrafficMeter(pagefind);
        await pagefind.GotoAsync(staticUrl + "/bench-blank.html");
        await pagefindMeter.TakeAsync();
        await pagefind.EvaluateAsync("async () => { window.pf = await import('/pagefind/pagefind.js'); await window.pf.init(); }");
        var startBytes = await pagefindMeter.TakeAsync();
        var pagefindBytes = new List<long>();
        var pagefindHits = new List<int>();
        foreach (var query in Queries)
        {
            pagefindHits.Add(await pagefind.EvaluateAsync<int>(
                "async q => { const r = await window.pf.search(q); await Promise.all(r.results.slice(0, 10).map(x => x.data())); return r.results.length; }", query));
            pagefindBytes.Add(await pagefindMeter.TakeAsync());
        }

        var ours = await browser.NewPageAsync();
        var apiMeter = new Browser.TrafficMeter(ours);
        await ours.GotoAsync(api + "/about/");
        await apiMeter.TakeAsync();
        var apiBytes = new List<long>();
        foreach (var query in Queries)
        {
            await ours.EvaluateAsync("async q => { const r = await fetch('/api/v1/search?q=' + encodeURIComponent(q)); await r.text(); }", query);
            apiBytes.Add(await apiMeter.TakeAsync());
        }

        File.WriteAllText(Path.Combine(options.Results, $"pagefind-bytes-{label}.json"), JsonSerializer.Serialize(new
        {
            queries = Queries, pagefindStartBytes = startBytes, pagefindQueryBytes = pagefindBytes, pagefindHits, apiQueryBytes = apiBytes,
        }, new JsonSerializerOptions { WriteIndented = true }));
        var area = $"bytes per query {label} (browser)";
        Summary.Row(options.Results, area, "Pagefind: one-off start (script, worker, wasm, metadata)", Summary.Kb(startBytes));
        Summary.Row(options.Results, area, $"Pagefind: per query, 10 results' data (first query / mean of the {Queries.Length - 1} after it)",
            $"{Summary.Kb(pagefindBytes[0])} / {Summary.Kb(pagefindBytes.Skip(1).Average())}");
        Summary.Row(options.Results, area, $"our API: one search response (first / mean of the {Queries.Length - 1} after it)",
            $"{Summary.Kb(apiBytes[0])} / {Summary.Kb(apiBytes.Skip(1).Average())}");
        Summary.Row(options.Results, area, "first query incl. start: Pagefind / API",
            $"{(startBytes + pagefindBytes[0]) / Math.Max(1.0, apiBytes[0]):0.0} ×");
        return 0;
    }

    private static async Task<WebApplication> StartStaticHostAsync(string root)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddResponseCompression(options => options.MimeTypes =
            ResponseCompressionDefaults.MimeTypes.Concat(["application/wasm", "text/javascript"]));
        var app = builder.Build();
        app.UseResponseCompression();
        app.MapGet("/bench-blank.html", () => Results.Content("<!doctype html><title>bench</title>", "text/html"));
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(root),
            ServeUnknownFileTypes = true,
            DefaultContentType = "application/octet-stream",
            ContentTypeProvider = new FileExtensionContentTypeProvider { Mappings = { [".pagefind"] = "application/wasm" } },
        });
        await app.StartAsync();
        return app;
    }
}
