using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace Comparison.Stress;

/// <summary>
/// Edits the Netherlands' file of a content copy N times, valid and invalid in turn, while wrk
/// drives traffic and two checkers fetch the edited data. A valid edit writes a new marker
/// ("lanternfish-0007") into two answers; an invalid one writes its own marker into a broken file.
/// Every answer must be 200, name one data version, and carry that version's one marker: a marker
/// from two builds in one answer, or two markers for one version, or a broken edit's marker
/// anywhere, is a half-built or wrong answer.
/// </summary>
internal static partial class LiveEditRun
{
    private static readonly string[] CheckedPaths = ["/api/v1/countries/nl", "/countries/nl/", "/api/v1/search?q=lanternfish&country=nl"];
    private static readonly string[] InvalidKinds = ["tab indentation", "unknown source id", "truncated file", "value outside the question's choices", "unterminated quote"];

    public static async Task<StressReport> RunAsync(StressOptions options)
    {
        using var copy = new ContentCopy(options.Content);
        var file = Path.Combine(copy.Root, "countries", "nl.yaml");
        var original = await File.ReadAllTextAsync(file);
        await using var server = await Server.StartAsync(options.Cli, copy.Root, watch: true);
        using var http = new HttpClient { BaseAddress = new Uri(server.BaseUrl), Timeout = TimeSpan.FromSeconds(30) };

        var observations = new Observations();
        using var stop = new CancellationTokenSource();
        await using var wrk = Wrk.Start(server.BaseUrl, options.Lua, options.Connections, seconds: 3600);
        var checkers = Enumerable.Range(0, 2).Select(n => CheckAsync(http, observations, n, stop.Token)).ToArray();

        var validVisible = new List<double>();
        var errorReported = new List<double>();
        var editFailures = new List<string>();
        var lastValid = 0;
        var total = Stopwatch.StartNew();
        for (var edit = 1; edit <= options.Edits; edit++)
        {
            var timer = Stopwatch.StartNew();
            if (edit % 2 == 1)
            {
                await File.WriteAllTextAsync(file, Edits.Valid(original, edit));
                var ok = await UntilAsync(async () =>
                    (await http.GetStringAsync("/api/v1/countries/nl")).Contains(Edits.Marker(edit), StringComparison.Ordinal)
                    && (await http.GetStringAsync("/healthz")).Contains("\"status\":\"ok\"", StringComparison.Ordinal));
                if (ok)
                {
                    validVisible.Add(timer.Elapsed.TotalMilliseconds);
                    lastValid = edit;
                }
                else
                {
                    editFailures.Add($"edit {edit} (valid): not served within 30 s");
                }
            }
            else
            {
                var kind = InvalidKinds[(edit / 2 - 1) % InvalidKinds.Length];
                await File.WriteAllTextAsync(file, Edits.Invalid(original, edit, kind));
                observations.Forbid(edit);
                var reported = await UntilAsync(async () => (await http.GetStringAsync("/healthz")).Contains("\"status\":\"stale\"", StringComparison.Ordinal));
                if (!reported)
                {
                    editFailures.Add($"edit {edit} (invalid, {kind}): the error was not reported within 30 s");
                    continue;
                }

                errorReported.Add(timer.Elapsed.TotalMilliseconds);
                var api = await http.GetStringAsync("/api/v1/countries/nl");
                var page = await http.GetStringAsync("/countries/nl/");
                if (!api.Contains(Edits.Marker(lastValid), StringComparison.Ordinal) && lastValid > 0)
                {
                    editFailures.Add($"edit {edit} (invalid, {kind}): the last good build (marker {lastValid}) was not served");
                }

                if (!page.Contains("class=\"banner\" role=\"alert\"", StringComparison.Ordinal) || !page.Contains("nl.yaml", StringComparison.Ordinal))
                {
                    editFailures.Add($"edit {edit} (invalid, {kind}): the page does not show the error banner naming nl.yaml");
                }
            }
        }

        var editing = total.Elapsed;
        await stop.CancelAsync();
        await Task.WhenAll(checkers);
        var load = await wrk.StopAsync();

        var failures = editFailures.Concat(observations.Failures).ToList();
        var text = new StringBuilder()
            .AppendLine($"live edits under load: {options.Edits} edits ({(options.Edits + 1) / 2} valid, {options.Edits / 2} invalid: {string.Join(", ", InvalidKinds)}) in {editing.TotalSeconds:F0} s")
            .AppendLine($"  valid edit to served (write, 150 ms debounce, load, index, render): p50 {Percentile(validVisible, 0.5):F0} ms, max {validVisible.DefaultIfEmpty().Max():F0} ms")
            .AppendLine($"  invalid edit to error reported: p50 {Percentile(errorReported, 0.5):F0} ms, max {errorReported.DefaultIfEmpty().Max():F0} ms")
            .AppendLine($"  checker: {observations.Count} answers read, {observations.Versions} data versions seen, {observations.Failures.Count} inconsistent or failed")
            .AppendLine($"  wrk ({options.Connections} connections, {options.Lua}): {load.Requests} requests, {load.RequestsPerSecond:F0} req/s, p50 {load.P50}, p99 {load.P99}, socket errors {load.SocketErrors}, non-2xx/3xx {load.Non2xx}")
            .AppendLine(failures.Count == 0 && load.Errors == 0
                ? "  PASS: 0 failed requests, every answer from one complete build, broken edits never served"
                : $"  FAIL: {failures.Count} problem(s) seen by the checkers and edits, {load.Errors} failed wrk requests");
        foreach (var failure in failures.Take(30))
        {
            text.AppendLine("    " + failure);
        }

        text.AppendLine().AppendLine("wrk output:").AppendLine(load.Output);
        return new StressReport(text.ToString(), failures.Count == 0 && load.Errors == 0);
    }

    private static async Task CheckAsync(HttpClient http, Observations observations, int offset, CancellationToken stop)
    {
        for (var i = offset; !stop.IsCancellationRequested; i++)
        {
            var path = CheckedPaths[i % CheckedPaths.Length];
            try
            {
                using var response = await http.GetAsync(path, stop);
                var body = await response.Content.ReadAsStringAsync(stop);
                observations.Record(path, (int)response.StatusCode, body);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                observations.Fail($"{path}: {e.GetType().Name} {e.Message}");
            }
        }
    }

    private static async Task<bool> UntilAsync(Func<Task<bool>> condition)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(30))
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(20);
        }

        return false;
    }

    private static double Percentile(List<double> values, double p)
    {
        if (values.Count == 0)
        {
            return 0;
        }

        var sorted = values.Order().ToList();
        return sorted[(int)Math.Min(sorted.Count - 1, Math.Ceiling(p * sorted.Count) - 1)];
    }

    /// <summary>What the checkers saw: each data version must map to exactly one marker.</summary>
    private sealed partial class Observations
    {
        private readonly ConcurrentDictionary<string, int> markerOfVersion = new();
        private readonly ConcurrentDictionary<int, bool> forbidden = new();
        private readonly ConcurrentQueue<string> failures = new();
        private long count;

        public long Count => Interlocked.Read(ref count);

        public int Versions => markerOfVersion.Count;

        public IReadOnlyList<string> Failures => failures.ToList();

        public void Forbid(int marker) => forbidden[marker] = true;

        public void Fail(string message) => failures.Enqueue(message);

        public void Record(string path, int status, string body)
        {
            Interlocked.Increment(ref count);
            if (status != 200)
            {
                Fail($"{path}: status {status}");
                return;
            }

            var version = VersionPattern().Match(body) is { Success: true } v ? v.Groups["v"].Value : null;
            if (version is null)
            {
                Fail($"{path}: no data version in the answer");
                return;
            }

            var markers = MarkerPattern().Matches(body).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).Distinct().ToList();
            if (markers.Count > 1)
            {
                Fail($"{path}: one answer carries markers of several builds ({string.Join(", ", markers)}), data version {version}");
                return;
            }

            var marker = markers.Count == 1 ? markers[0] : 0;
            if (forbidden.ContainsKey(marker))
            {
                Fail($"{path}: served the marker {marker} of a broken edit");
            }

            // The search answer has no marker until the first valid edit's build; pages and the
            // country always show it. So only a marker seen (not its absence in search) pins a version.
            if (marker == 0 && path.Contains("search", StringComparison.Ordinal))
            {
                return;
            }

            var first = markerOfVersion.GetOrAdd(version, marker);
            if (first != marker)
            {
                Fail($"{path}: data version {version} was served with marker {first} and with marker {marker}");
            }
        }

        [GeneratedRegex("(?:\"dataVersion\":\"|Data version )(?<v>[0-9a-f]{6,64})")]
        private static partial Regex VersionPattern();

        [GeneratedRegex(@"lanternfish\D{0,40}?(\d{4})")]
        private static partial Regex MarkerPattern();
    }
}

/// <summary>The edits: the original file with markers, made valid or broken.</summary>
internal static class Edits
{
    public static string Marker(int edit) => $"lanternfish-{edit:D4}";

    /// <summary>Writes the marker as the first line of two answers' summaries.</summary>
    public static string Valid(string original, int edit)
    {
        var lines = original.Split('\n').ToList();
        foreach (var answer in new[] { "  adult-purchase-offence:", "  victim-services-offence:" })
        {
            var at = lines.IndexOf(answer);
            var summary = lines.FindIndex(at, l => l == "    summary: |");
            if (at < 0 || summary < 0)
            {
                throw new InvalidOperationException($"nl.yaml has no '{answer.Trim()}' answer with a '|' summary to mark");
            }

            lines.Insert(summary + 1, $"      Edit marker {Marker(edit)}.");
        }

        return string.Join('\n', lines);
    }

    public static string Invalid(string original, int edit, string kind)
    {
        var valid = Valid(original, edit);
        return kind switch
        {
            "tab indentation" => valid.Replace("\n    summary: |\n      Edit marker", "\n\tsummary: |\n      Edit marker", StringComparison.Ordinal),
            "unknown source id" => ReplaceFirst(valid, "    sources: [", $"    sources: [no-such-source-{edit}, "),
            "truncated file" => valid[..(valid.IndexOf("  victim-services-knowledge:", StringComparison.Ordinal) + 12)],
            "value outside the question's choices" => ReplaceFirst(valid, "  adult-purchase-offence:\n    value: \"no\"", "  adult-purchase-offence:\n    value: maybe"),
            "unterminated quote" => ReplaceFirst(valid, "\nname: Netherlands", "\nname: \"Netherlands"),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };
    }

    private static string ReplaceFirst(string text, string what, string with)
    {
        var at = text.IndexOf(what, StringComparison.Ordinal);
        return at < 0 ? throw new InvalidOperationException($"nl.yaml no longer contains '{what}'; update the stress edits") : text[..at] + with + text[(at + what.Length)..];
    }
}
