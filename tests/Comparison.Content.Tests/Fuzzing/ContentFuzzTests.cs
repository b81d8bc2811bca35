using Comparison.Content.Tests.Support;
using Xunit.Abstractions;

namespace Comparison.Content.Tests.Fuzzing;

/// <summary>
/// A short, fixed-seed run of the content fuzzer in the normal suite; the long run is
/// bench/Comparison.Fuzz (docs/reliability.md).
/// </summary>
public sealed class ContentFuzzTests(ITestOutputHelper output)
{
    private const int Seed = 197;
    private const int Cases = 330;

    [Fact]
    public void Broken_variants_of_every_real_file_load_without_exception_quickly_and_with_located_errors()
    {
        var originals = ContentMutator.ReadOriginals(RepositoryPaths.Content);
        var mutator = new ContentMutator(originals, Seed);
        using var workspace = new FuzzWorkspace(originals, allFiles: false);
        var failures = new List<string>();
        var slowest = TimeSpan.Zero;
        var total = TimeSpan.Zero;
        for (var i = 0; i < Cases; i++)
        {
            var (elapsed, caseFailures) = ContentFuzzCheck.Run(workspace, mutator.Next());
            failures.AddRange(caseFailures);
            slowest = elapsed > slowest ? elapsed : slowest;
            total += elapsed;
        }

        output.WriteLine($"{Cases} cases, seed {Seed}: {failures.Count} failures, mean {total.TotalMilliseconds / Cases:F1} ms, slowest {slowest.TotalMilliseconds:F0} ms");
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures.Take(20)));
    }

    [Fact]
    public void The_generator_is_deterministic_for_a_seed()
    {
        var originals = ContentMutator.ReadOriginals(RepositoryPaths.Content);
        var first = new ContentMutator(originals, 42);
        var second = new ContentMutator(originals, 42);
        for (var i = 0; i < 50; i++)
        {
            var a = first.Next();
            var b = second.Next();
            Assert.Equal(a.ToString(), b.ToString());
            Assert.Equal(a.Bytes, b.Bytes);
        }
    }
}
