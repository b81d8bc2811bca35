using System.CommandLine;
using Comparison.Cli.Output;
using Comparison.Content.Coverage;
using Comparison.Content.Loading;

namespace Comparison.Cli.Commands;

/// <summary>`comparison validate`: every problem in the content tree, located, in one run.</summary>
internal static class ValidateCommand
{
    public static Command Create(TextWriter output)
    {
        var content = ContentOptions.CreateContentOption();
        var coverage = new Option<bool>("--coverage")
        {
            Description = "Also print the jurisdiction x question grid of reviewed / draft / unknown answers, with totals",
        };
        var command = new Command("validate", "Check every content file and print each problem as path:line:col; exit code 1 on any error")
        {
            content,
            coverage,
        };
        command.SetAction(parse =>
        {
            var result = new ContentLoader().Load(ContentOptions.Resolve(parse.GetValue(content)));
            DiagnosticPrinter.Print(output, result.Diagnostics, result.FileCount);
            if (parse.GetValue(coverage) && result.Content is { } set)
            {
                output.WriteLine();
                CoveragePrinter.Print(output, CoverageReport.Of(set));
            }

            return result.ErrorCount == 0 ? 0 : 1;
        });
        return command;
    }
}
