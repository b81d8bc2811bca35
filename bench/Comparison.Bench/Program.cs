using Comparison.Bench;
using Comparison.Bench.Scenarios;

// The in-process and browser halves of bench/run.sh; each writes its figures to a results folder.
//   pipeline --content DIR --out DIR --results DIR [--label NAME]   stage times of a build and the index
//   latency  [--content DIR] [--rounds N]                              search p50/p90/p99, one thread
//   micro    --results DIR [--smoke]                                   BenchmarkDotNet: search, as-of
//   weight   --url URL --results DIR                                   page weight per page type (chromium)
//   pagefind --site DIR --api URL --results DIR                        bytes a browser fetches per query
//   growth   --results DIR --from N --to N                             how each stage grew between two sizes
var command = args.Length > 0 ? args[0] : "";
var options = BenchOptions.Parse(args.Skip(1).ToArray());
return command switch
{
    "pipeline" => PipelineScenario.Run(options),
    "latency" => SearchLatency.Run(options),
    "micro" => MicroScenario.Run(options),
    "weight" => await PageWeightScenario.RunAsync(options),
    "pagefind" => await PagefindScenario.RunAsync(options),
    "growth" => GrowthScenario.Run(options),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Comparison.Bench pipeline|latency|micro|weight|pagefind|growth [--name value ...] (see bench/run.sh and docs/performance.md)");
    return 2;
}
