using System.CommandLine;
using Comparison.Cli.Output;
using Comparison.Content.Coverage;
using Comparison.Content.Currency;
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
        var undated = new Option<bool>("--undated")
        {
            Description = "Also list, as path:line:col, the answered questions whose value reaches back to 1 February 2008 on no dated provision",
        };
        var command = new Command("validate", "Check every content file and print each problem as path:line:col; exit code 1 on any error")
        {
            content,
            coverage,
            undated,
        };
        command.SetAction(parse =>
        {
            var result = new ContentLoader().Load(ContentOptions.Resolve(parse.GetValue(content)));
            DiagnosticPrinter.Print(output, result.Diagnostics, result.FileCount);
            if (parse.GetValue(undated))
            {
                output.WriteLine();
                foreach (var answer in result.Undated)
                {
                    var cited = string.Join(", ", answer.ProvisionIds.Select(id => $"'{id}'"));
                    output.WriteLine(
                        $"{answer.Location}: undated {answer.QuestionId}: no 'since' and no history, and none of the provisions it cites ({cited}) records a start on or before 2008-02-01; "
                        + "add the provision's 'from' where you read when its wording took effect, or give the answer 'since' and its earlier value as history");
                }

                output.WriteLine($"{result.Undated.Count} answered {(result.Undated.Count == 1 ? "question" : "questions")} not dated back to 1 February 2008");
            }

            if (parse.GetValue(coverage) && result.Content is { } set)
            {
                output.WriteLine();
                CoveragePrinter.Print(output, CoverageReport.Of(set));
                var pending = Transposition.CountPending(set, DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime));
                output.WriteLine(
                    $"Directives: {pending} {(pending == 1 ? "answer of an EU member rests" : "answers of EU members rest")} only on texts dated before a passed transposition deadline " +
                    "of a directive their question refers to (a transposing law may have changed them; cite the law in force since)");
            }

            return result.ErrorCount == 0 ? 0 : 1;
        });
        return command;
    }
}
