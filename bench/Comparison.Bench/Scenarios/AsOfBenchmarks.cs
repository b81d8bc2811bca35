using BenchmarkDotNet.Attributes;
using Comparison.Content.AsOf;
using Comparison.Content.Loading;
using Comparison.Content.Model;

namespace Comparison.Bench.Scenarios;

/// <summary>Resolving every answer of one jurisdiction (the Netherlands, the longest history) as of a date.</summary>
[MemoryDiagnoser]
public class AsOfBenchmarks
{
    internal static string ContentDirectory { get; set; } = "content";

    private Jurisdiction jurisdiction = null!;

    [Params("2015-01-01", "2024-07-01")]
    public string Date { get; set; } = "";

    private DateOnly date;

    [GlobalSetup]
    public void Setup()
    {
        var content = new ContentLoader().Load(ContentDirectory).Content ?? throw new InvalidOperationException("the content does not validate");
        jurisdiction = content.FindJurisdiction("nl") ?? content.Jurisdictions[0];
        date = DateOnly.Parse(Date, System.Globalization.CultureInfo.InvariantCulture);
    }

    [Benchmark]
    public JurisdictionAsOf ResolveOneJurisdiction() => AsOfResolver.Resolve(jurisdiction, date);
}
