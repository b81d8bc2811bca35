using System.Diagnostics;
using System.Text;

namespace Comparison.Stress;

/// <summary>
/// wrk for a fixed time against `serve` on the real content, sampling the server's resident
/// memory every 5 s. Growth compares the median of the second minute (after start-up, first
/// requests and the caches filling) with the median of the last minute.
/// </summary>
internal static class SoakRun
{
    public static async Task<StressReport> RunAsync(StressOptions options)
    {
        await using var server = await Server.StartAsync(options.Cli, options.Content, watch: false);
        using var http = new HttpClient { BaseAddress = new Uri(server.BaseUrl), Timeout = TimeSpan.FromSeconds(10) };
        var samples = new List<(double Seconds, long Bytes, double HealthMs)>();
        var probeFailures = new List<string>();
        await using var wrk = Wrk.Start(server.BaseUrl, options.Lua, options.Connections, options.Seconds);
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(options.Seconds))
        {
            await Task.Delay(TimeSpan.FromSeconds(5));
            var probe = Stopwatch.StartNew();
            try
            {
                using var health = await http.GetAsync("/healthz");
                if (!health.IsSuccessStatusCode)
                {
                    probeFailures.Add($"{clock.Elapsed.TotalSeconds:F0} s: /healthz {(int)health.StatusCode}");
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                probeFailures.Add($"{clock.Elapsed.TotalSeconds:F0} s: /healthz {e.GetType().Name}");
            }

            samples.Add((clock.Elapsed.TotalSeconds, server.ResidentBytes(), probe.Elapsed.TotalMilliseconds));
        }

        var load = await wrk.WaitAsync();
        var window = Math.Min(60, options.Seconds / 4.0);
        var early = Median(samples.Where(s => s.Seconds > window && s.Seconds <= 2 * window).Select(s => s.Bytes));
        var late = Median(samples.Where(s => s.Seconds > options.Seconds - window).Select(s => s.Bytes));
        var growth = early == 0 ? 0 : (late - early) * 100.0 / early;
        var peak = samples.Count == 0 ? 0 : samples.Max(s => s.Bytes);

        var text = new StringBuilder()
            .AppendLine($"soak: {options.Seconds} s at {options.Connections} connections ({options.Lua})")
            .AppendLine($"  wrk: {load.Requests} requests, {load.RequestsPerSecond:F0} req/s, p50 {load.P50}, p99 {load.P99}, socket errors {load.SocketErrors}, non-2xx/3xx {load.Non2xx}")
            .AppendLine($"  resident memory: {Mib(early)} MiB (median of {window:F0}-{2 * window:F0} s) -> {Mib(late)} MiB (median of the last {window:F0} s): {growth:+0.0;-0.0}%, peak {Mib(peak)} MiB")
            .AppendLine($"  /healthz probe every 5 s under load: {samples.Count} probes, max {samples.Select(s => s.HealthMs).DefaultIfEmpty().Max():F0} ms, {probeFailures.Count} failed");
        var passed = load.Errors == 0 && probeFailures.Count == 0 && growth < 10;
        text.AppendLine(passed ? "  PASS: 0 errors, memory growth under 10%" : "  FAIL");
        foreach (var failure in probeFailures.Take(20))
        {
            text.AppendLine("    " + failure);
        }

        text.AppendLine().AppendLine("samples (s, MiB):");
        foreach (var (seconds, bytes, _) in samples)
        {
            text.AppendLine($"  {seconds,5:F0} {Mib(bytes)}");
        }

        text.AppendLine().AppendLine("wrk output:").AppendLine(load.Output);
        return new StressReport(text.ToString(), passed);
    }

    private static long Median(IEnumerable<long> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted[sorted.Count / 2];
    }

    private static string Mib(long bytes) => (bytes / 1048576.0).ToString("F0", System.Globalization.CultureInfo.InvariantCulture);
}
