using System.Diagnostics;
using Comparison.Content.Loading;

namespace Comparison.Content.Tests.Fuzzing;

/// <summary>
/// Loads one broken variant and lists every way the loader misbehaved: an exception, a slow
/// answer, a diagnostic without a location or a message, or a file that cannot be valid but got
/// no error of its own. Shared by the test suite and the long run in bench/Comparison.Fuzz.
/// </summary>
public static class ContentFuzzCheck
{
    public static readonly TimeSpan TimeBound = TimeSpan.FromSeconds(5);

    public static (TimeSpan Elapsed, IReadOnlyList<string> Failures) Run(FuzzWorkspace workspace, FuzzCase fuzzCase)
    {
        var failures = new List<string>();
        var timer = Stopwatch.StartNew();
        LoadResult? result = null;
        using (workspace.Apply(fuzzCase))
        {
            try
            {
                result = new ContentLoader().Load(workspace.Directory);
            }
            catch (Exception e)
            {
                failures.Add($"{fuzzCase}: threw {e.GetType().Name}: {e.Message}");
            }
        }

        var elapsed = timer.Elapsed;
        if (elapsed > TimeBound)
        {
            failures.Add($"{fuzzCase}: took {elapsed.TotalMilliseconds:N0} ms (bound {TimeBound.TotalSeconds:N0} s)");
        }

        if (result is null)
        {
            return (elapsed, failures);
        }

        foreach (var d in result.Diagnostics.Where(d => d.Line < 1 || d.Column < 1 || string.IsNullOrWhiteSpace(d.Message) || string.IsNullOrEmpty(d.File)))
        {
            failures.Add($"{fuzzCase}: badly located or empty diagnostic: {d}");
        }

        var shown = $"{workspace.Directory}/{fuzzCase.File}";
        if (fuzzCase.MustFail && !result.Diagnostics.Any(d => d.IsError && d.File == shown))
        {
            failures.Add($"{fuzzCase}: no error in the file; diagnostics: {string.Join(" | ", result.Diagnostics.Take(5))}");
        }

        return (elapsed, failures);
    }
}
