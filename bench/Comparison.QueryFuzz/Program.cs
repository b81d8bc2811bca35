using System.Diagnostics;
using System.Net;
using Comparison.Web.Tests;

// The query fuzzer as a latency benchmark against a running `comparison serve` (bench/query-fuzz.sh
// starts one): a warm-up with another seed, then one request at a time over loopback. Reports
// p50/p90/p99/max, the count over the budget and the slowest requests; exits 1 if any request
// took longer than the budget or got an unexpected answer. Each slow request is shown with the
// server's Server-Timing (time in the application, in the search, GC pause, JIT, pool threads).
// Usage: dotnet run -c Release --project bench/Comparison.QueryFuzz -- <base-url> [seed] [cases] [warm-up] [budget-ms]
if (args.Length < 1)
{
    Console.Error.WriteLine("usage: Comparison.QueryFuzz <base-url> [seed=197] [cases=10000] [warm-up=3000] [budget-ms=100]");
    return 2;
}

var baseUrl = args[0].TrimEnd('/');
var seed = args.Length > 1 ? int.Parse(args[1]) : 197;
var cases = args.Length > 2 ? int.Parse(args[2]) : 10_000;
var warmUp = args.Length > 3 ? int.Parse(args[3]) : 3_000;
var budgetMs = args.Length > 4 ? double.Parse(args[4]) : 100;
HttpStatusCode[] allowed =
    [HttpStatusCode.OK, HttpStatusCode.NotModified, HttpStatusCode.BadRequest, HttpStatusCode.NotFound, HttpStatusCode.RequestUriTooLong];

// Redirects are answers too; one connection, as a single client would hold it.
using var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, MaxConnectionsPerServer = 1 }) { BaseAddress = new Uri(baseUrl) };

// Warm up with a different seed: every endpoint and parameter shape is exercised (JIT, tiering,
// the server's caches for those URLs) without pre-caching the measured URLs themselves.
var warm = new QueryFuzzGenerator(seed + 1_000_003);
for (var i = 0; i < warmUp; i++)
{
    await SendAsync(warm.Next());
}

var generator = new QueryFuzzGenerator(seed);
var latencies = new List<double>(cases);
var slowest = new PriorityQueue<string, double>();
var failures = new List<string>();
var statuses = new SortedDictionary<int, int>();
var gen0 = GC.CollectionCount(0);
var total = Stopwatch.StartNew();
for (var i = 0; i < cases; i++)
{
    var url = generator.Next();
    var (status, problem, ms, error, timing) = await SendAsync(url);
    latencies.Add(ms);
    slowest.Enqueue($"{ms,8:F1} ms  #{i} {status} [{timing}] {url}", ms);
    if (slowest.Count > 5)
    {
        slowest.Dequeue();
    }

    statuses[status] = statuses.GetValueOrDefault(status) + 1;
    if (error is not null || !allowed.Contains((HttpStatusCode)status))
    {
        failures.Add($"#{i} {Shorten(url)}: {status} {error}");
    }
    else if (status >= 400 && !problem && status != 414)
    {
        // A URL over Kestrel's request-line limit is refused by Kestrel itself, without a body.
        failures.Add($"#{i} {Shorten(url)}: {status} without a problem body");
    }
}

var elapsed = total.Elapsed;
latencies.Sort();
double Percentile(double p) => latencies[(int)Math.Min(latencies.Count - 1, Math.Ceiling(p * latencies.Count) - 1)];
var over = latencies.Count(ms => ms > budgetMs);
Console.WriteLine($"seed {seed}: {cases} requests after {warmUp} warm-up in {elapsed.TotalSeconds:F1} s; statuses {string.Join(", ", statuses.Select(x => $"{x.Key}×{x.Value}"))}");
Console.WriteLine($"latency p50 {Percentile(0.5):F2} ms, p90 {Percentile(0.9):F2} ms, p99 {Percentile(0.99):F2} ms, max {latencies[^1]:F1} ms; over {budgetMs} ms: {over}");
Console.WriteLine($"client gen0 collections {GC.CollectionCount(0) - gen0}; slowest:");
var slow = new List<string>();
while (slowest.TryDequeue(out var line, out _))
{
    slow.Add(line);
}

slow.Reverse();
slow.ForEach(line => Console.WriteLine("  " + line));
Console.WriteLine($"{failures.Count} failures");
failures.Take(20).ToList().ForEach(f => Console.WriteLine("  " + f));
return failures.Count == 0 && over == 0 ? 0 : 1;

async Task<(int Status, bool Problem, double Ms, string? Error, string Timing)> SendAsync(string url)
{
    var timer = Stopwatch.StartNew();
    try
    {
        using var response = await client.GetAsync(url, HttpCompletionOption.ResponseContentRead);
        var ms = timer.Elapsed.TotalMilliseconds;
        var timing = response.Headers.TryGetValues("Server-Timing", out var values) ? string.Join(", ", values) : "no Server-Timing";
        return ((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType == "application/problem+json", ms, null, timing);
    }
    catch (Exception e) when (e is HttpRequestException or InvalidOperationException or UriFormatException)
    {
        return (0, false, timer.Elapsed.TotalMilliseconds, $"{e.GetType().Name}: {e.Message}", string.Empty);
    }
}

static string Shorten(string text) => text.Length > 140 ? text[..140] + "…" : text;
