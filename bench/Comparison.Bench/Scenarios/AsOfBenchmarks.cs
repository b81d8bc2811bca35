using BenchmarkDotNet.Attributes;
using Comparison.Content.AsOf;
using Comparison.Content.Model;

namespace Comparison.Bench.Scenarios;

/// <summary>Resolving every answer of one jurisdiction (the Netherlands, the longest history) as of a date.</summary>
public class AsOfBenchmarks : ContentBenchmarks
{
    private Jurisdiction jurisdiction = null!;

    [Params("2015-01-01", "2024-07-01")]
    public string Date { get; set; } = "";

    private DateOnly date;

    [GlobalSetup]
    public void Setup()
    {
        var content = LoadContent();
        jurisdiction = content.FindJurisdiction("nl") ?? content.Jurisdictions[0];
        date = DateOnly.Parse(Date, System.Globalization.CultureInfo.InvariantCulture);
    }

    [Benchmark]
    public JurisdictionAsOf ResolveOneJurisdiction() => AsOfResolver.Resolve(jurisdiction, date);
}
