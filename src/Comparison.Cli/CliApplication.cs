using System.CommandLine;
using Comparison.Cli.Commands;

namespace Comparison.Cli;

/// <summary>The `comparison` command: one root, one subcommand per pipeline job.</summary>
public static class CliApplication
{
    /// <param name="linkHandler">How check-links reaches the network; tests give a fake.</param>
    public static RootCommand Create(TextWriter output, TextWriter error, Func<HttpMessageHandler>? linkHandler = null) =>
        new("Comparison: a cross-jurisdiction knowledge base on buying sex from minors, victims' services and CETS 197 Art. 6")
        {
            ValidateCommand.Create(output),
            NewCommand.Create(output, error),
            ServeCommand.Create(output, error),
            BuildCommand.Create(output, error),
            CheckLinksCommand.Create(output, error, linkHandler),
        };

    public static int Run(string[] args, TextWriter output, TextWriter error, Func<HttpMessageHandler>? linkHandler = null)
    {
        var configuration = new InvocationConfiguration { Output = output, Error = error };
        return Create(output, error, linkHandler).Parse(args).Invoke(configuration);
    }
}
