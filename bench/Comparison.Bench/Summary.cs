using System.Globalization;

namespace Comparison.Bench;

/// <summary>
/// Rows of the run's summary table (results/summary.tsv: area, measure, value, target, verdict),
/// shared with bench/run.sh, which appends its own rows to the same file.
/// </summary>
internal static class Summary
{
    public static void Row(string results, string area, string measure, string value, string target = "", string verdict = "")
    {
        var line = string.Join('\t', area, measure, value, target, verdict);
        File.AppendAllText(Path.Combine(results, "summary.tsv"), line + "\n");
        Console.WriteLine($"  {area}: {measure} = {value}{(target.Length > 0 ? $" (target {target}: {verdict})" : "")}");
    }

    public static string Ms(double ms) => ms < 0.1
        ? (ms * 1000).ToString("0.0", CultureInfo.InvariantCulture) + " µs"
        : ms.ToString(ms < 10 ? "0.00" : "0", CultureInfo.InvariantCulture) + " ms";

    public static string Kb(double bytes) => (bytes / 1024).ToString("0.0", CultureInfo.InvariantCulture) + " KB";

    public static string Verdict(bool met) => met ? "met" : "MISSED";
}
