using System.CommandLine;
using Comparison.Cli.Commands;

namespace Comparison.Cli;

/// <summary>The `comparison` command: one root, one subcommand per pipeline job.</summary>
public static class CliApplication
{
    public static RootCommand Create(TextWriter output, TextWriter error) =>
        new("Comparison: a cross-jurisdiction knowledge base on buying sex from minors, victims' services and CETS 197 Art. 6")
        {
            ValidateCommand.Create(output),
            NewCommand.Create(output, error),
            ServeCommand.Create(output, error),
            BuildCommand.Create(output, error),
        };

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var configuration = new InvocationConfiguration { Output = output, Error = error };
        return Create(output, error).Parse(args).Invoke(configuration);
    }
}
