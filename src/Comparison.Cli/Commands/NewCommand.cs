using System.CommandLine;
using Comparison.Cli.Output;
using Comparison.Content.Loading;
using Comparison.Content.Scaffolding;

namespace Comparison.Cli.Commands;

/// <summary>`comparison new &lt;id&gt; --name`: a complete jurisdiction file, every question unknown.</summary>
internal static class NewCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var id = new Argument<string>("id") { Description = "ISO 3166-1 alpha-2 code in lower case (nl), with a suffix for a sub-system (gb-sct)" };
        var name = new Option<string>("--name") { Description = "The English name", Required = true };
        var nativeName = new Option<string?>("--native-name") { Description = "The name in the language of its law (default: the English name)" };
        var state = new Option<string?>("--state") { Description = "The state it belongs to (default: the English name)" };
        var languages = new Option<string[]>("--language") { Description = "A language of its law, ISO 639-1 (repeatable; default en)", AllowMultipleArgumentsPerToken = true };
        var content = ContentOptions.CreateContentOption();
        var command = new Command("new", "Create content/countries/<id>.yaml with every question present as unknown")
        {
            id, name, nativeName, state, languages, content,
        };
        command.SetAction(parse =>
        {
            var request = new NewJurisdictionRequest(
                parse.GetValue(id)!, parse.GetValue(name)!, parse.GetValue(nativeName), parse.GetValue(state), parse.GetValue(languages));
            return Run(request, ContentOptions.Resolve(parse.GetValue(content)), output, error);
        });
        return command;
    }

    private static int Run(NewJurisdictionRequest request, string contentDirectory, TextWriter output, TextWriter error)
    {
        if (!JurisdictionTemplate.IsValidId(request.Id))
        {
            error.WriteLine($"error: '{request.Id}' is not a jurisdiction id; use the ISO 3166-1 alpha-2 code in lower case (nl), or with a suffix (gb-sct)");
            return 1;
        }

        if (string.IsNullOrWhiteSpace(request.Name))
        {
            error.WriteLine("error: --name must not be empty");
            return 1;
        }

        var (catalog, diagnostics) = new ContentLoader().LoadQuestionCatalog(contentDirectory);
        if (catalog is null)
        {
            error.WriteLine("error: the questions cannot be read, so no file was written:");
            DiagnosticPrinter.Print(error, diagnostics, 1);
            return 1;
        }

        var path = Path.Combine(contentDirectory, ContentLayout.CountriesFolder, request.Id + ".yaml");
        if (File.Exists(path))
        {
            error.WriteLine($"error: {path} already exists; edit it, or remove it first");
            return 1;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, JurisdictionTemplate.Render(request, catalog, DateOnly.FromDateTime(DateTime.UtcNow)));
        output.WriteLine($"created {path}: {catalog.Questions.Count} questions, each `unknown` until researched.");
        output.WriteLine("next: fill in cets197, provisions, sources and answers; then run `comparison validate`.");
        return 0;
    }
}
