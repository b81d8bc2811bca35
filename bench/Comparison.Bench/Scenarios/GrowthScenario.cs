using System.Text.Json;

namespace Comparison.Bench.Scenarios;

/// <summary>
/// How each pipeline stage grew between two synthetic sizes, as a multiple of linear growth:
/// (ms at the larger size / ms at the smaller) / (larger / smaller); 1.00 is exactly linear.
/// Reads the pipeline-&lt;size&gt;.json files the pipeline scenario wrote.
/// </summary>
internal static class GrowthScenario
{
    private static readonly string[] Stages = ["loadMs", "renderMs", "writeMs", "indexMs", "totalMs"];

    public static int Run(BenchOptions options)
    {
        var from = options.Require("from");
        var to = options.Require("to");
        using var small = JsonDocument.Parse(File.ReadAllText(Path.Combine(options.Results, $"pipeline-{from}.json")));
        using var large = JsonDocument.Parse(File.ReadAllText(Path.Combine(options.Results, $"pipeline-{to}.json")));
        var scale = large.RootElement.GetProperty("jurisdictions").GetDouble() / small.RootElement.GetProperty("jurisdictions").GetDouble();
        var factors = Stages.ToDictionary(s => s, s => large.RootElement.GetProperty(s).GetDouble() / small.RootElement.GetProperty(s).GetDouble() / scale);
        Summary.Row(options.Results, "pipeline growth", $"in-process, per stage, {to} vs {from} (1.00 = linear)",
            string.Join(", ", factors.Select(f => $"{f.Key[..^2]} {f.Value:0.00}")));
        return 0;
    }
}
