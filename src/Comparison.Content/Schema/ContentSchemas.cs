using System.Reflection;
using System.Text.Json;
using Json.Schema;

namespace Comparison.Content.Schema;

/// <summary>
/// The JSON Schemas of /schemas, embedded at build time: the validator checks exactly what
/// contributors' editors check, and cannot drift from it.
/// </summary>
public static class ContentSchemas
{
    private static readonly Lazy<IReadOnlyDictionary<SchemaKind, (JsonSchema Schema, JsonElement Json)>> Loaded = new(Load);

    public static string FileName(SchemaKind kind) => kind switch
    {
        SchemaKind.Jurisdiction => "jurisdiction.schema.json",
        SchemaKind.Questions => "questions.schema.json",
        SchemaKind.Instruments => "instruments.schema.json",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static JsonSchema Get(SchemaKind kind) => Loaded.Value[kind].Schema;

    /// <summary>The raw schema document, read for field lists and descriptions in messages.</summary>
    public static JsonElement Json(SchemaKind kind) => Loaded.Value[kind].Json;

    private static IReadOnlyDictionary<SchemaKind, (JsonSchema, JsonElement)> Load()
    {
        var result = new Dictionary<SchemaKind, (JsonSchema, JsonElement)>();
        var assembly = typeof(ContentSchemas).Assembly;
        foreach (var kind in Enum.GetValues<SchemaKind>())
        {
            var name = "schemas/" + FileName(kind);
            using var stream = assembly.GetManifestResourceStream(name)
                ?? throw new InvalidOperationException($"embedded schema {name} is missing from the build");
            using var reader = new StreamReader(stream);
            var text = reader.ReadToEnd();
            // Each schema gets its own registry so that loading twice (tests, rebuilds) never clashes.
            var options = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
            result[kind] = (JsonSchema.FromText(text, options), JsonDocument.Parse(text).RootElement.Clone());
        }

        return result;
    }
}
