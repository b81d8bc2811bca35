using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Exporters.Csv;
using BenchmarkDotNet.Filters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Comparison.Bench.Scenarios;

/// <summary>
/// BenchmarkDotNet over <see cref="SearchBenchmarks"/> and <see cref="AsOfBenchmarks"/>, in process
/// (no generated project to build: the whole run stays within its time budget) with a short job
/// (3 warm-ups, 5 iterations), or a dry job for the smoke run. Means go to the summary table.
/// </summary>
internal static class MicroScenario
{
    public static int Run(BenchOptions options)
    {
        var smoke = options.Flag("smoke");
        var job = (smoke ? Job.Dry : Job.ShortRun.WithWarmupCount(3).WithIterationCount(5)).WithToolchain(InProcessEmitToolchain.Instance);
        var config = ManualConfig.CreateEmpty()
            .AddJob(job)
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddLogger(ConsoleLogger.Default)
            .AddColumnProvider(DefaultConfig.Instance.GetColumnProviders().ToArray())
            .AddExporter(MarkdownExporter.GitHub, CsvExporter.Default)
            .WithArtifactsPath(Path.Combine(options.Results, "benchmarkdotnet"))
            .WithOptions(ConfigOptions.DisableOptimizationsValidator);
        if (smoke)
        {
            // One case per benchmark class: the smoke run checks that the harness works, not the figures.
            config = config.AddFilter(new SimpleFilter(c => c.Parameters.Items.All(p => p.Value is "sex purchase ban" or "2015-01-01")));
        }

        ContentBenchmarks.ContentDirectory = Path.GetFullPath(options.Get("content", "content"));
        var summaries = new[] { BenchmarkRunner.Run<SearchBenchmarks>(config), BenchmarkRunner.Run<AsOfBenchmarks>(config) };
        var failed = false;
        foreach (var report in summaries.SelectMany(s => s.Reports))
        {
            // The parameters in full: BenchmarkDotNet's display form shortens long strings.
            var parameters = string.Join(", ", report.BenchmarkCase.Parameters.Items.Select(p => $"{p.Name}={p.Value}"));
            var name = $"{report.BenchmarkCase.Descriptor.WorkloadMethod.Name} ({parameters})";
            if (report.ResultStatistics is not { } statistics)
            {
                failed = true;
                Summary.Row(options.Results, "in-process (BenchmarkDotNet)", name, "no result");
                continue;
            }

            var mean = statistics.Mean / 1_000_000.0;
            Summary.Row(options.Results, "in-process (BenchmarkDotNet)", name,
                $"{Summary.Ms(mean)} mean, {Allocated(report)} allocated{(smoke ? " (dry run)" : "")}");
        }

        return failed ? 1 : 0;
    }

    private static string Allocated(BenchmarkReport report) =>
        report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase) is { } bytes ? Summary.Kb(bytes) : "?";
}
