using System.Diagnostics;
using Comparison.Stress;

// Two stress runs against the real `comparison serve` on loopback, each under wrk load:
//   live-edits  edits a copy of the content N times (valid and invalid in turn) while wrk drives
//               search and page traffic and a checker verifies every answer came from one build;
//   soak        drives the same traffic for a fixed time and samples the server's memory.
// Usage: Comparison.Stress live-edits|soak --cli <comparison.dll> --content <dir> --lua <file>
//          [--edits 100] [--seconds 600] [--connections 32] [--results <dir>]
// Exit code 0 when every criterion held, 1 when one failed, 2 on bad arguments.
try
{
    var options = StressOptions.Parse(args);
    Directory.CreateDirectory(options.Results);
    var report = options.Mode switch
    {
        "live-edits" => await LiveEditRun.RunAsync(options),
        "soak" => await SoakRun.RunAsync(options),
        _ => throw new ArgumentException($"unknown mode '{options.Mode}': use live-edits or soak"),
    };

    var path = Path.Combine(options.Results, $"{options.Mode}-{DateTime.UtcNow:yyyyMMdd-HHmmss}.txt");
    await File.WriteAllTextAsync(path, report.Text);
    Console.WriteLine(report.Text);
    Console.WriteLine($"full report: {path}");
    return report.Passed ? 0 : 1;
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}

namespace Comparison.Stress
{
    internal sealed record StressOptions(string Mode, string Cli, string Content, string Lua, int Edits, int Seconds, int Connections, string Results)
    {
        public static StressOptions Parse(string[] args)
        {
            if (args.Length == 0)
            {
                throw new ArgumentException("usage: Comparison.Stress live-edits|soak --cli <comparison.dll> --content <dir> --lua <file> [--edits 100] [--seconds 600] [--connections 32] [--results <dir>]");
            }

            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 1; i < args.Length; i += 2)
            {
                if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
                {
                    throw new ArgumentException($"expected '--name value' at '{args[i]}'");
                }

                values[args[i][2..]] = args[i + 1];
            }

            string Required(string name) => values.TryGetValue(name, out var v) ? v : throw new ArgumentException($"--{name} is required");
            int Number(string name, int fallback) => values.TryGetValue(name, out var v)
                ? int.TryParse(v, out var n) && n > 0 ? n : throw new ArgumentException($"--{name} must be a positive whole number")
                : fallback;

            return new StressOptions(args[0], Required("cli"), Required("content"), Required("lua"), Number("edits", 100), Number("seconds", 600),
                Number("connections", 32), values.GetValueOrDefault("results", "bench/results"));
        }
    }

    internal sealed record StressReport(string Text, bool Passed);

    /// <summary>`comparison serve` as a child process on a free loopback port; its output is kept.</summary>
    internal sealed class Server : IAsyncDisposable
    {
        private readonly Process process;
        private readonly System.Text.StringBuilder log = new();

        private Server(Process process, string baseUrl)
        {
            this.process = process;
            BaseUrl = baseUrl;
        }

        public string BaseUrl { get; }

        public int ProcessId => process.Id;

        public string Log
        {
            get
            {
                lock (log)
                {
                    return log.ToString();
                }
            }
        }

        public static async Task<Server> StartAsync(string cli, string content, bool watch)
        {
            var port = FreePort();
            var baseUrl = $"http://127.0.0.1:{port}";
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var a in new[] { cli, "serve", "--content", content, "--urls", baseUrl })
            {
                start.ArgumentList.Add(a);
            }

            if (watch)
            {
                start.ArgumentList.Add("--watch");
            }

            // Measure the server, not the per-client rate limit that every wrk connection shares.
            start.Environment["Comparison__RateLimit__PermitsPerSecond"] = "0";
            var server = new Server(Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet"), baseUrl);
            server.process.OutputDataReceived += (_, e) => server.Append(e.Data);
            server.process.ErrorDataReceived += (_, e) => server.Append(e.Data);
            server.process.BeginOutputReadLine();
            server.process.BeginErrorReadLine();

            using var http = new HttpClient();
            var deadline = Stopwatch.StartNew();
            while (deadline.Elapsed < TimeSpan.FromSeconds(60))
            {
                if (server.process.HasExited)
                {
                    throw new InvalidOperationException($"serve exited with {server.process.ExitCode}:\n{server.Log}");
                }

                try
                {
                    if ((await http.GetAsync(baseUrl + "/healthz")).IsSuccessStatusCode)
                    {
                        return server;
                    }
                }
                catch (HttpRequestException)
                {
                    // not listening yet
                }

                await Task.Delay(100);
            }

            throw new TimeoutException($"serve did not answer within 60 s:\n{server.Log}");
        }

        /// <summary>Resident memory of the server process, from /proc (Linux).</summary>
        public long ResidentBytes()
        {
            foreach (var line in File.ReadLines($"/proc/{process.Id}/status"))
            {
                if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                {
                    return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) * 1024;
                }
            }

            throw new InvalidOperationException("VmRSS not found");
        }

        public async ValueTask DisposeAsync()
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }

            process.Dispose();
        }

        private void Append(string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (log)
            {
                log.AppendLine(line);
            }
        }

        private static int FreePort()
        {
            using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
            listener.Start();
            return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        }
    }

    /// <summary>Copies a content folder to a temporary one that can be edited freely.</summary>
    internal sealed class ContentCopy : IDisposable
    {
        public ContentCopy(string source)
        {
            Root = Path.Combine(Path.GetTempPath(), "comparison-stress-" + Guid.NewGuid().ToString("N")[..8]);
            foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(Root, Path.GetRelativePath(source, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }

        public string Root { get; }

        public void Dispose() => Directory.Delete(Root, recursive: true);
    }
}
