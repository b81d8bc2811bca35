using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Comparison.Stress;

/// <summary>What wrk printed, read into numbers.</summary>
internal sealed record WrkResult(long Requests, double RequestsPerSecond, string P50, string P99, long SocketErrors, long Non2xx, string Output)
{
    public long Errors => SocketErrors + Non2xx;

    public static WrkResult Parse(string output)
    {
        static string Field(string text, string pattern) => Regex.Match(text, pattern, RegexOptions.Multiline) is { Success: true } m ? m.Groups[1].Value : "";
        static long Count(string text, string pattern) => long.TryParse(Field(text, pattern), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : 0;

        var socket = Regex.Match(output, @"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)");
        var socketErrors = socket.Success ? Enumerable.Range(1, 4).Sum(i => long.Parse(socket.Groups[i].Value, CultureInfo.InvariantCulture)) : 0;
        return new WrkResult(
            Count(output, @"^\s*(\d+) requests in"),
            double.TryParse(Field(output, @"^Requests/sec:\s+([\d.]+)"), NumberStyles.Float, CultureInfo.InvariantCulture, out var rps) ? rps : 0,
            Field(output, @"^\s+50%\s+(\S+)"),
            Field(output, @"^\s+99%\s+(\S+)"),
            socketErrors,
            Count(output, @"Non-2xx or 3xx responses: (\d+)"),
            output);
    }
}

/// <summary>wrk as a child process; stopped with SIGINT, on which it still prints its summary.</summary>
internal sealed class Wrk : IAsyncDisposable
{
    private readonly Process process;
    private readonly Task<string> output;

    private Wrk(Process process)
    {
        this.process = process;
        output = process.StandardOutput.ReadToEndAsync();
    }

    public static Wrk Start(string baseUrl, string lua, int connections, int seconds)
    {
        var start = new ProcessStartInfo("wrk") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "-t", connections < 2 ? "1" : "2", "-c", connections.ToString(CultureInfo.InvariantCulture), "-d", $"{seconds}s", "--latency", "-s", lua, baseUrl })
        {
            start.ArgumentList.Add(a);
        }

        try
        {
            return new Wrk(Process.Start(start) ?? throw new InvalidOperationException("could not start wrk"));
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException("wrk is not installed (Debian: apt-get install wrk)", e);
        }
    }

    /// <summary>Waits for wrk to finish its own duration.</summary>
    public async Task<WrkResult> WaitAsync()
    {
        await process.WaitForExitAsync();
        return WrkResult.Parse(await output);
    }

    /// <summary>Stops wrk early (SIGINT) and reads its summary.</summary>
    public async Task<WrkResult> StopAsync()
    {
        if (!process.HasExited)
        {
            using var kill = Process.Start("kill", ["-INT", process.Id.ToString(CultureInfo.InvariantCulture)]);
            await kill!.WaitForExitAsync();
        }

        return await WaitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill();
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }
}
