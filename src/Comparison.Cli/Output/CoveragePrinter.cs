using Comparison.Content.Coverage;

namespace Comparison.Cli.Output;

/// <summary>
/// Prints the coverage grid as text: one row per jurisdiction, one column per question
/// (numbered, with a legend), R = reviewed, d = draft, . = unknown; totals per row and column.
/// </summary>
internal static class CoveragePrinter
{
    public static void Print(TextWriter output, CoverageReport report)
    {
        output.WriteLine("Coverage: R = answered and reviewed, d = answered (draft), . = unknown");
        for (var i = 0; i < report.Questions.Count; i++)
        {
            output.WriteLine($"  Q{i + 1,-2} {report.Questions[i].Id}");
        }

        var idWidth = Math.Max(8, report.Rows.Select(r => r.JurisdictionId.Length).DefaultIfEmpty(0).Max());
        var header = string.Concat(Enumerable.Range(1, report.Questions.Count).Select(i => $"{i,3}"));
        output.WriteLine();
        output.WriteLine($"{"id".PadRight(idWidth)} {header}  answered");
        foreach (var row in report.Rows)
        {
            var cells = string.Concat(row.Cells.Select(c => $"{Symbol(c),3}"));
            output.WriteLine($"{row.JurisdictionId.PadRight(idWidth)} {cells}  {row.Answered}/{row.Cells.Count}");
        }

        var totals = string.Concat(Enumerable.Range(0, report.Questions.Count).Select(i => $"{report.AnsweredFor(i),3}"));
        output.WriteLine($"{"answered".PadRight(idWidth)} {totals}");
        output.WriteLine();
        output.WriteLine(
            $"{report.Rows.Count} jurisdictions x {report.Questions.Count} questions = {report.Cells} answers: " +
            $"{report.Count(CoverageState.Reviewed)} reviewed, {report.Count(CoverageState.Draft)} draft, {report.Count(CoverageState.Unknown)} unknown");
    }

    private static char Symbol(CoverageState state) => state switch
    {
        CoverageState.Reviewed => 'R',
        CoverageState.Draft => 'd',
        _ => '.',
    };
}
