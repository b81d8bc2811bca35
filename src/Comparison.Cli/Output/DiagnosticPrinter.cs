using Comparison.Content.Diagnostics;

namespace Comparison.Cli.Output;

/// <summary>Prints diagnostics one a line, `path:line:col: error CODE: message`, then a count.</summary>
internal static class DiagnosticPrinter
{
    public static void Print(TextWriter output, IReadOnlyList<Diagnostic> diagnostics, int fileCount)
    {
        foreach (var diagnostic in diagnostics)
        {
            output.WriteLine(diagnostic.ToString());
        }

        var errors = diagnostics.Count(d => d.IsError);
        var warnings = diagnostics.Count - errors;
        output.WriteLine($"{Plural(errors, "error")}, {Plural(warnings, "warning")} in {Plural(fileCount, "file")}");
    }

    private static string Plural(int count, string noun) => $"{count} {noun}{(count == 1 ? string.Empty : "s")}";
}
