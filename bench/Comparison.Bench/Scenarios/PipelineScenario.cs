using System.Diagnostics;
using System.Text.Json;
using Comparison.Content.Loading;
using Comparison.Search;
using Comparison.Site;

namespace Comparison.Bench.Scenarios;

/// <summary>
/// The stages of `comparison build` plus the index `serve` builds, in one process, each timed:
/// load and validate, render every page, write the files, build the Lucene index; then one page
/// of each kind rendered alone, which shows where rendering time goes as the content grows.
/// </summary>
internal static class PipelineScenario
{
    public static int Run(BenchOptions options)
    {
        var label = options.Get("label", "content");
        var timer = Stopwatch.StartNew();
        var loaded = new ContentLoader().Load(options.Require("content"));
        var loadMs = Lap(timer);
        if (loaded.Content is not { } content)
        {
            Console.Error.WriteLine($"{label}: {loaded.ErrorCount} validation errors; not measuring");
            return 1;
        }

        var builder = new SiteBuilder(content, new SiteOptions("http://localhost:5080", "/api/v1", DateTimeOffset.UtcNow));
        var files = builder.BuildAll();
        var renderMs = Lap(timer);
        var bytes = SiteWriter.Write(options.Require("out"), files);
        var writeMs = Lap(timer);
        using var index = SearchIndex.Build(content);
        var indexMs = Lap(timer);
        var peakMb = Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024.0;
        var pages = files.Count(f => f.Path.EndsWith(".html", StringComparison.Ordinal));

        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var empty = new Dictionary<string, string>();
        double PageMs(string path)
        {
            var clock = Stopwatch.StartNew();
            _ = builder.RenderPageAsync(path, today, empty).GetAwaiter().GetResult();
            return clock.Elapsed.TotalMilliseconds;
        }

        var perPage = new Dictionary<string, double>
        {
            ["home"] = PageMs("/"),
            ["country"] = PageMs($"/countries/{content.Jurisdictions[0].Id}/"),
            ["question"] = PageMs($"/questions/{content.Questions.Questions[0].Id}/"),
            ["compare"] = PageMs("/compare/"),
        };

        var result = new
        {
            label, jurisdictions = content.Jurisdictions.Count, pages, files = files.Count, bytes, indexDocuments = index.DocumentCount,
            loadMs, renderMs, writeMs, indexMs, totalMs = loadMs + renderMs + writeMs + indexMs,
            msPerPage = (loadMs + renderMs + writeMs) / pages, peakMb, singlePageMs = perPage,
        };
        File.WriteAllText(Path.Combine(options.Results, $"pipeline-{label}.json"), JsonSerializer.Serialize(result, new JsonSerializerOptions { WriteIndented = true }));
        var area = $"pipeline {label}";
        Summary.Row(options.Results, area, "jurisdictions / pages / index documents", $"{content.Jurisdictions.Count} / {pages} / {index.DocumentCount}");
        Summary.Row(options.Results, area, "load+validate / render / write / index", $"{loadMs:0} / {renderMs:0} / {writeMs:0} / {indexMs:0} ms");
        Summary.Row(options.Results, area, "ms per page (load to write)", Summary.Ms(result.msPerPage));
        Summary.Row(options.Results, area, "peak working set (in-process)", $"{peakMb:0} MB");
        Summary.Row(options.Results, area, "one page alone: home / country / question / compare",
            string.Join(" / ", perPage.Values.Select(v => v.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture))) + " ms");
        return 0;
    }

    private static double Lap(Stopwatch timer)
    {
        var ms = timer.Elapsed.TotalMilliseconds;
        timer.Restart();
        return ms;
    }
}
