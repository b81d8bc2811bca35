using Comparison.Content.Loading;
using Comparison.Content.Model;

namespace Comparison.Bench.Scenarios;

/// <summary>What each in-process benchmark starts from: the content folder, loaded and validated once per benchmark.</summary>
public abstract class ContentBenchmarks
{
    /// <summary>Set by <see cref="MicroScenario"/> before the run (benchmarks run in this process).</summary>
    internal static string ContentDirectory { get; set; } = "content";

    protected static ContentSet LoadContent() =>
        new ContentLoader().Load(ContentDirectory).Content ?? throw new InvalidOperationException($"the content in {ContentDirectory} does not validate");
}
