using System.Diagnostics;
using Comparison.Content.Loading;
using Comparison.Search;
using Comparison.Search.Querying;

namespace Comparison.Bench;

/// <summary>
/// In-process search latency over the real content: index build time, then p50/p90/p99 per
/// search (with snippets, as the API returns them) over a realistic query mix, one thread.
/// Usage: Comparison.Bench latency [--content DIR] [--rounds N]
/// </summary>
internal static class SearchLatency
{
    public static int Run(BenchOptions options)
    {
        var contentDirectory = options.Get("content", "content");
        var rounds = int.Parse(options.Get("rounds", "200"));

        var load = Stopwatch.StartNew();
        var content = new ContentLoader().Load(contentDirectory).Content ?? throw new InvalidOperationException("content does not validate");
        var loadMs = load.Elapsed.TotalMilliseconds;
        var build = Stopwatch.StartNew();
        using var index = SearchIndex.Build(content);
        var buildMs = build.Elapsed.TotalMilliseconds;
        var stats = index.Statistics;
        var rebuild = Stopwatch.StartNew();
        SearchIndex.Build(content).Dispose();
        var rebuildMs = rebuild.Elapsed.TotalMilliseconds;
        var reload = Stopwatch.StartNew();
        _ = new ContentLoader().Load(contentDirectory);
        var reloadMs = reload.Elapsed.TotalMilliseconds;

        var requests = QueryMix.Queries.Select(q => new SearchRequest(
            q.Query, q.AsOf is null ? null : DateOnly.Parse(q.AsOf),
            Countries: q.Country?.Split(","), Questions: q.Question is null ? null : [q.Question], PageSize: int.Parse(Environment.GetEnvironmentVariable("PAGE_SIZE") ?? "10"))).ToList();

        // Warm up the JIT and caches before measuring.
        for (var i = 0; i < 20; i++)
        {
            foreach (var request in requests)
            {
                index.Search(request);
    }
}

        var samples = new List<double>(rounds * requests.Count);
        var timer = new Stopwatch();
        for (var round = 0; round < rounds; round++)
        {
            foreach (var request in requests)
            {
                timer.Restart();
                index.Search(request);
                samples.Add(timer.Elapsed.TotalMilliseconds);
    }
}

        samples.Sort();
        double Percentile(double p) => samples[(int)Math.Min(samples.Count - 1, Math.Ceiling(p * samples.Count) - 1)];
        Console.WriteLine($"content: {content.Jurisdictions.Count} jurisdictions, load+validate {loadMs:F0} ms cold, {reloadMs:F0} ms warm");
        Console.WriteLine($"index: {index.DocumentCount} documents, build {buildMs:F0} ms cold ({stats.AnalyzeAndAddMs:F0} analyse+add, {stats.CommitMs:F0} commit), {rebuildMs:F0} ms warm");
        Console.WriteLine($"search with snippets, {requests.Count} queries x {rounds} rounds = {samples.Count} searches, one thread:");
        Console.WriteLine($"  p50 {Percentile(0.50):F3} ms  p90 {Percentile(0.90):F3} ms  p99 {Percentile(0.99):F3} ms  max {samples[^1]:F3} ms");
        return 0;
    }
}
