using Comparison.Content.Coverage;

namespace Comparison.Cli.Output;

/// <summary>
/// Prints the coverage grid as text: one row per jurisdiction, one column per question
/// (numbered, with a legend), R = checked, d = draft, . = unknown, ! = unknown although the
/// depth targets of questions.yaml require it; a CETS column for the treaty dates; a GRETA
/// column for the evaluation reports listed (with `?` where a report's year is missing); totals
/// per row and column, how far the content is from its targets, and how many answers record
/// nothing for part of the period since 1 February 2008 or carry their value back to that day on
/// no dated text.
/// </summary>
internal static class CoveragePrinter
{
    public static void Print(TextWriter output, CoverageReport report)
    {
        output.WriteLine("Coverage: R = answered and checked against the primary text, d = answered (draft), . = unknown, ! = unknown but required");
        for (var i = 0; i < report.Questions.Count; i++)
        {
            output.WriteLine($"  Q{i + 1,-2} {report.Questions[i].Id}");
        }

        output.WriteLine("  CETS CETS 197 ratification and entry-into-force dates recorded (y) or missing (!)");
        output.WriteLine("  GRETA number of GRETA evaluation reports listed; ? = at least one without its year of publication");
        output.WriteLine("  undated: answered questions with no start date that cite no provision dated in force on 1 February 2008");
        output.WriteLine("  depth: full = every question required, core = the core questions required");

        var idWidth = Math.Max(8, report.Rows.Select(r => r.JurisdictionId.Length).DefaultIfEmpty(0).Max());
        var header = string.Concat(Enumerable.Range(1, report.Questions.Count).Select(i => $"{i,3}"));
        output.WriteLine();
        output.WriteLine($"{"id".PadRight(idWidth)} {header}  CETS  GRETA  answered  missing  undated  depth");
        foreach (var row in report.Rows)
        {
            var cells = string.Concat(row.Cells.Select((c, i) => $"{(row.IsMissing(i) ? '!' : Symbol(c)),3}"));
            var depth = row.FullDepth ? "full" : row.RequiredCount > 0 ? "core" : "-";
            output.WriteLine(
                $"{row.JurisdictionId.PadRight(idWidth)} {cells}  {(row.Cets197Dated ? 'y' : '!'),4}  {Greta(row),5}  " +
                $"{$"{row.Answered}/{row.Cells.Count}",8}  {row.Missing,7}  {row.UndatedValues,7}  {depth}");
        }

        var totals = string.Concat(Enumerable.Range(0, report.Questions.Count).Select(i => $"{report.AnsweredFor(i),3}"));
        output.WriteLine($"{"answered".PadRight(idWidth)} {totals}  {report.Cets197Dated,4}  {report.GretaReports,5}");
        output.WriteLine();
        output.WriteLine(
            $"{report.Rows.Count} jurisdictions x {report.Questions.Count} questions = {report.Cells} answers: " +
            $"{report.Count(CoverageState.Reviewed)} checked, {report.Count(CoverageState.Draft)} draft, {report.Count(CoverageState.Unknown)} unknown");
        if (report.RequiredCells > 0)
        {
            output.WriteLine(
                $"Depth targets: {report.RequiredCells - report.MissingCells} of {report.RequiredCells} required answers answered, " +
                $"{report.MissingCells} still unknown (!); CETS 197 dates recorded for {report.Cets197Dated} of {report.Rows.Count}");
        }

        output.WriteLine(
            $"History since 1 February 2008: {report.HistoryGaps} answered {(report.HistoryGaps == 1 ? "question records" : "questions record")} nothing for part of the period " +
            "(an \"as of\" view of those dates reads unknown; add the earlier value as history)");
        output.WriteLine(
            $"Dated back to 1 February 2008: {report.UndatedValues} answered {(report.UndatedValues == 1 ? "question has no start date and cites" : "questions have no start date and cite")} no provision " +
            "dated in force on that day (record the provisions' 'from' dates where read, or give the answer 'since' and its earlier value as history; validate --undated lists them)");

        var none = report.Rows.Count(r => r.GretaReports == 0);
        output.WriteLine(
            $"GRETA reports listed: {report.GretaReports}, {report.GretaUndated} without their year; " +
            $"{none} {(none == 1 ? "jurisdiction lists" : "jurisdictions list")} none");
    }

    private static string Greta(CoverageRow row) => $"{row.GretaReports}{(row.GretaUndated > 0 ? "?" : "")}";

    private static char Symbol(CoverageState state) => state switch
    {
        CoverageState.Reviewed => 'R',
        CoverageState.Draft => 'd',
        _ => '.',
    };
}
