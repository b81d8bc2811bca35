using System.Security.Cryptography;
using System.Text.Json;
using Comparison.Content.Diagnostics;
using Comparison.Content.Coverage;
using Comparison.Content.Links;
using Comparison.Content.Model;
using Comparison.Content.Schema;
using Comparison.Content.Validation;
using Comparison.Content.Yaml;

namespace Comparison.Content.Loading;

/// <summary>
/// The first pipeline stage: reads every file of a content folder, checks each against its
/// schema, binds the model, then runs the semantic rules over the whole tree. Collects every
/// problem before it returns; never throws for bad content.
/// </summary>
public sealed class ContentLoader(YamlLimits limits, TimeProvider clock)
{
    private readonly YamlJsonReader reader = new(limits);

    public ContentLoader()
        : this(YamlLimits.Default, TimeProvider.System)
    {
    }

    /// <param name="contentDirectory">The content folder, as the user named it; diagnostics show paths under it.</param>
    public LoadResult Load(string contentDirectory)
    {
        var diagnostics = new List<Diagnostic>();
        var display = contentDirectory.TrimEnd('/', '\\');
        if (!Directory.Exists(contentDirectory))
        {
            diagnostics.Add(new Diagnostic(display, 1, 1, Severity.Error, DiagnosticCodes.MissingFolder,
                $"the content folder '{display}' does not exist; run from the repository root or pass --content DIR"));
            return new LoadResult(null, diagnostics, 0);
        }

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var files = 0;

        var questions = LoadCatalog<QuestionCatalog>(contentDirectory, display, ContentLayout.QuestionsFile,
            SchemaKind.Questions, ContentLayout.QuestionsSchemaPath, diagnostics, hash, ref files);
        var instruments = LoadCatalog<InstrumentCatalog>(contentDirectory, display, ContentLayout.InstrumentsFile,
            SchemaKind.Instruments, ContentLayout.InstrumentsSchemaPath, diagnostics, hash, ref files);

        var jurisdictions = new List<LoadedJurisdiction>();
        var countriesDirectory = Path.Combine(contentDirectory, ContentLayout.CountriesFolder);
        if (!Directory.Exists(countriesDirectory))
        {
            diagnostics.Add(new Diagnostic($"{display}/{ContentLayout.CountriesFolder}", 1, 1, Severity.Error, DiagnosticCodes.MissingFolder,
                $"the folder '{display}/{ContentLayout.CountriesFolder}' is missing; it holds one <id>.yaml per jurisdiction"));
        }
        else
        {
            var paths = Directory.EnumerateFiles(countriesDirectory).Order(StringComparer.Ordinal).ToList();
            var loaded = new (List<Diagnostic> Diagnostics, LoadedJurisdiction? Jurisdiction, byte[]? Bytes)[paths.Count];

            // Files are independent until the cross-file rules: read and check them in parallel,
            // then combine in file order so output and version never depend on scheduling.
            Parallel.For(0, paths.Count, i => loaded[i] = LoadJurisdiction(paths[i], $"{display}/{ContentLayout.CountriesFolder}/{Path.GetFileName(paths[i])}"));
            for (var i = 0; i < paths.Count; i++)
            {
                diagnostics.AddRange(loaded[i].Diagnostics);
                if (loaded[i].Bytes is { } bytes)
                {
                    files++;
                    AppendToHash(hash, paths[i], bytes);
                }

                if (loaded[i].Jurisdiction is { } jurisdiction)
                {
                    jurisdictions.Add(jurisdiction);
                }
            }
        }

        IReadOnlyList<ContentLink> links = [];
        IReadOnlyList<UndatedAnswer> undated = [];
        if (questions is not null && instruments is not null)
        {
            var context = new RuleContext(questions.Value.Model, questions.Value.Document, instruments.Value.Model,
                instruments.Value.Document, jurisdictions, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), diagnostics);
            ContentValidator.Run(context);
            links = ContentLinks.Located(context);
            undated = UndatedAnswer.Located(context);
        }

        var sorted = Sort(diagnostics);
        var content = sorted.Any(d => d.IsError) || questions is null || instruments is null
            ? null
            : new ContentSet(questions.Value.Model, instruments.Value.Model,
                jurisdictions.Select(j => j.Model).ToList(),
                Convert.ToHexStringLower(hash.GetHashAndReset())[..12]);
        return new LoadResult(content, sorted, files) { Links = links, Undated = undated };
    }

    /// <summary>Reads questions.yaml alone: what `comparison new` needs, even while other files are broken.</summary>
    public (QuestionCatalog? Catalog, IReadOnlyList<Diagnostic> Diagnostics) LoadQuestionCatalog(string contentDirectory)
    {
        var diagnostics = new List<Diagnostic>();
        var files = 0;
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var loaded = LoadCatalog<QuestionCatalog>(contentDirectory, contentDirectory.TrimEnd('/', '\\'), ContentLayout.QuestionsFile,
            SchemaKind.Questions, ContentLayout.QuestionsSchemaPath, diagnostics, hash, ref files);
        return (loaded?.Model, diagnostics);
    }

    private (T Model, YamlDocument Document)? LoadCatalog<T>(string directory, string display, string file, SchemaKind kind,
        string schemaPath, List<Diagnostic> diagnostics, IncrementalHash hash, ref int files)
        where T : class
    {
        var path = Path.Combine(directory, file);
        var shown = $"{display}/{file}";
        if (!File.Exists(path))
        {
            diagnostics.Add(new Diagnostic(shown, 1, 1, Severity.Error, DiagnosticCodes.MissingFolder,
                $"'{shown}' is missing; every content folder has {ContentLayout.QuestionsFile} and {ContentLayout.InstrumentsFile}"));
            return null;
        }

        files++;
        var bytes = ReadBytes(path, shown, diagnostics);
        if (bytes is null)
        {
            return null;
        }

        AppendToHash(hash, path, bytes);
        var document = ReadDocument(bytes, shown, kind, schemaPath, diagnostics);
        var model = document is null ? null : Bind<T>(document, diagnostics);
        return document is null || model is null ? null : (model, document);
    }

    private (List<Diagnostic> Diagnostics, LoadedJurisdiction? Jurisdiction, byte[]? Bytes) LoadJurisdiction(string path, string shown)
    {
        var diagnostics = new List<Diagnostic>();
        var name = Path.GetFileName(path);
        if (!name.EndsWith(".yaml", StringComparison.Ordinal))
        {
            diagnostics.Add(new Diagnostic(shown, 1, 1, Severity.Warning, DiagnosticCodes.Unreadable,
                "only .yaml files are read from countries/; this file is ignored"));
            return (diagnostics, null, null);
        }

        var bytes = ReadBytes(path, shown, diagnostics);
        var document = bytes is null ? null : ReadDocument(bytes, shown, SchemaKind.Jurisdiction, ContentLayout.JurisdictionSchemaPath, diagnostics);
        var model = document is null ? null : Bind<Jurisdiction>(document, diagnostics);
        var jurisdiction = document is not null && model is not null
            ? new LoadedJurisdiction(Path.GetFileNameWithoutExtension(name), model, document)
            : null;
        return (diagnostics, jurisdiction, bytes ?? []);
    }

    private static byte[]? ReadBytes(string path, string shown, List<Diagnostic> diagnostics)
    {
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(new Diagnostic(shown, 1, 1, Severity.Error, DiagnosticCodes.Unreadable, $"the file cannot be read: {e.Message}"));
            return null;
        }
    }

    private static void AppendToHash(IncrementalHash hash, string path, byte[] bytes)
    {
        hash.AppendData(System.Text.Encoding.UTF8.GetBytes(Path.GetFileName(path)));
        hash.AppendData(bytes);
    }

    private YamlDocument? ReadDocument(byte[] bytes, string shown, SchemaKind kind, string schemaPath, List<Diagnostic> diagnostics)
    {
        var before = diagnostics.Count;
        var document = reader.Read(shown, bytes, diagnostics);
        if (document is null)
        {
            return null;
        }

        if (document.SchemaComment != schemaPath)
        {
            diagnostics.Add(new Diagnostic(shown, 1, 1, Severity.Error, DiagnosticCodes.SchemaComment,
                $"the first line must be `{ContentLayout.SchemaCommentFor(schemaPath)}` so editors can check the file as you type"));
        }

        diagnostics.AddRange(SchemaValidator.Validate(document, kind));
        DateChecker.Check(document, diagnostics);
        return diagnostics.Skip(before).Any(d => d.IsError && d.Code != DiagnosticCodes.SchemaComment) ? null : document;
    }

    private static T? Bind<T>(YamlDocument document, List<Diagnostic> diagnostics)
        where T : class
    {
        try
        {
            return ModelReader.Read<T>(document.Root);
        }
        catch (JsonException e)
        {
            // The schema should have caught this; report it located at the file rather than crash.
            var at = document.Map.ValueAt(PointerOf(e.Path));
            diagnostics.Add(new Diagnostic(document.Path, at.Line, at.Column, Severity.Error, DiagnosticCodes.Schema,
                $"this value cannot be read: {e.Message}"));
            return null;
        }
    }

    private static string PointerOf(string? jsonPath)
    {
        if (string.IsNullOrEmpty(jsonPath))
        {
            return string.Empty;
        }

        var pointer = jsonPath.TrimStart('$').Replace("['", "/").Replace("']", string.Empty).Replace("[", "/").Replace("]", string.Empty).Replace('.', '/');
        return pointer;
    }

    private static List<Diagnostic> Sort(List<Diagnostic> diagnostics) =>
        diagnostics.Distinct()
            .OrderBy(d => d.File, StringComparer.Ordinal)
            .ThenBy(d => d.Line).ThenBy(d => d.Column)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .ToList();
}
