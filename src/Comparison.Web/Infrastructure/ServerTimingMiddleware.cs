using System.Diagnostics;
using System.Globalization;

namespace Comparison.Web.Infrastructure;

/// <summary>
/// With `Comparison:ServerTiming` on (bench/query-fuzz.sh sets it), each response says where its
/// time went, as a Server-Timing header: the application's time to the first byte, the search
/// itself (set by the endpoint), and what the runtime did meanwhile: GC pause, JIT compilation
/// (every thread) and thread-pool growth. The counters are process-wide, so they describe one
/// request only when requests come one at a time, as in the benchmark. Off by default: it tells
/// a client about the server's internals.
/// </summary>
internal sealed class ServerTimingMiddleware(RequestDelegate next)
{
    public const string Setting = "Comparison:ServerTiming";

    public const string IndexMillisecondsItem = "server-timing-index-ms";

    public Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        var gcPause = GC.GetTotalPauseDuration();
        var gcCount = GC.CollectionCount(0);
        var jit = System.Runtime.JitInfo.GetCompilationTime(currentThread: false);
        var jitMethods = System.Runtime.JitInfo.GetCompiledMethodCount(currentThread: false);
        var threads = ThreadPool.ThreadCount;
        context.Response.OnStarting(() =>
        {
            var entries = new List<string>
            {
                Entry("app", Stopwatch.GetElapsedTime(started).TotalMilliseconds),
                Entry("gc", (GC.GetTotalPauseDuration() - gcPause).TotalMilliseconds, $"{GC.CollectionCount(0) - gcCount} collections"),
                Entry("jit", (System.Runtime.JitInfo.GetCompilationTime(currentThread: false) - jit).TotalMilliseconds,
                    $"{System.Runtime.JitInfo.GetCompiledMethodCount(currentThread: false) - jitMethods} methods"),
                Entry("pool", 0, $"{threads}->{ThreadPool.ThreadCount} threads"),
            };
            if (context.Items[IndexMillisecondsItem] is double index)
            {
                entries.Add(Entry("index", index));
            }

            context.Response.Headers.Append("Server-Timing", string.Join(", ", entries));
            return Task.CompletedTask;
        });
        return next(context);
    }

    private static string Entry(string name, double ms, string? description = null) =>
        string.Create(CultureInfo.InvariantCulture, $"{name};dur={ms:F2}") + (description is null ? string.Empty : $";desc=\"{description}\"");
}
