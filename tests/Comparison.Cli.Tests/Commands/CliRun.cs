namespace Comparison.Cli.Tests.Commands;

/// <summary>Runs the `comparison` command in-process and captures what it prints.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static CliRun Of(params string[] args) => With(null, args);

    /// <summary>Runs with <paramref name="linkHandler"/> as check-links' network.</summary>
    public static CliRun With(Func<HttpMessageHandler>? linkHandler, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = CliApplication.Run(args, output, error, linkHandler);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }

    public string[] OutputLines => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>A temporary copy of the repository's questions and instruments with no countries.</summary>
internal sealed class ScratchContent : IDisposable
{
    public ScratchContent()
    {
        Directory = Path.Combine(Path.GetTempPath(), "comparison-cli-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Path.Combine(Directory, "countries"));
        foreach (var file in new[] { "questions.yaml", "instruments.yaml" })
        {
            File.Copy(Path.Combine(RepositoryRoot, "content", file), Path.Combine(Directory, file));
        }
    }

    public static string RepositoryRoot => Comparison.Testing.RepositoryRoot.Path;

    public string Directory { get; }

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
