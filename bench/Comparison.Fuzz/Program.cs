using System.Diagnostics;
using Comparison.Content.Tests.Fuzzing;

// The long run of the content fuzzer: broken variants of every real content file, each loaded
// and checked as the test suite does (no exception, under 5 s, located diagnostics, an error in
// a file that cannot be valid). Prints cases/s, failures and peak working set; exits 1 on any failure.
// Usage: dotnet run -c Release --project bench/Comparison.Fuzz -- [seed] [cases] [--all-files] [--content DIR]
var positional = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
var contentIndex = Array.IndexOf(args, "--content");
var contentDirectory = contentIndex >= 0 && contentIndex + 1 < args.Length ? args[contentIndex + 1] : "content";
positional.Remove(contentDirectory);
var seed = positional.Count > 0 ? int.Parse(positional[0]) : 197;
var cases = positional.Count > 1 ? int.Parse(positional[1]) : 10_000;
var allFiles = args.Contains("--all-files");

var originals = ContentMutator.ReadOriginals(contentDirectory);
var mutator = new ContentMutator(originals, seed);
using var workspace = new FuzzWorkspace(originals, allFiles);
var failures = new List<string>();
var samples = new List<double>(cases);
var byKind = new Dictionary<MutationKind, (int Count, double Ms)>();
var timer = Stopwatch.StartNew();
for (var i = 0; i < cases; i++)
{
    var fuzzCase = mutator.Next();
    var (elapsed, caseFailures) = ContentFuzzCheck.Run(workspace, fuzzCase);
    samples.Add(elapsed.TotalMilliseconds);
    var (count, ms) = byKind.GetValueOrDefault(fuzzCase.Kind);
    byKind[fuzzCase.Kind] = (count + 1, ms + elapsed.TotalMilliseconds);
    foreach (var failure in caseFailures)
    {
        failures.Add(failure);
        Console.WriteLine($"FAIL {failure}");
    }

    if ((i + 1) % 1000 == 0)
    {
        Console.WriteLine($"  {i + 1:N0} cases, {failures.Count} failures, {(i + 1) / timer.Elapsed.TotalSeconds:F0} cases/s");
    }
}

samples.Sort();
double Percentile(double p) => samples[(int)Math.Min(samples.Count - 1, Math.Ceiling(p * samples.Count) - 1)];
Console.WriteLine($"seed {seed}: {cases:N0} cases over {originals.Count} files ({(allFiles ? "every real file loaded beside each case" : "catalogs and one other jurisdiction beside each case")})");
Console.WriteLine($"  {cases / timer.Elapsed.TotalSeconds:F0} cases/s; per case p50 {Percentile(0.5):F1} ms, p99 {Percentile(0.99):F1} ms, max {samples[^1]:F0} ms");
foreach (var (kind, (count, ms)) in byKind.OrderBy(k => k.Key))
{
    Console.WriteLine($"  {kind,-13} {count,6:N0} cases, mean {ms / count,6:F1} ms");
}

Console.WriteLine($"  failures: {failures.Count}; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024):F0} MiB");
return failures.Count == 0 ? 0 : 1;
