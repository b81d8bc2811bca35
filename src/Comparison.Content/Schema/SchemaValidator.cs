using System.Text.Json;
using Comparison.Content.Diagnostics;
using Comparison.Content.Yaml;
using Json.Schema;

namespace Comparison.Content.Schema;

/// <summary>
/// Checks a document against its JSON Schema and turns each failure into a located,
/// plain-English diagnostic that quotes the schema's own description of the field.
/// Only failures on invalid branches count: an alternative (oneOf) that matched hides the
/// others, and one that did not is reported once, not once per branch.
/// </summary>
public static class SchemaValidator
{
    public static IReadOnlyList<Diagnostic> Validate(YamlDocument document, SchemaKind kind)
    {
        var element = JsonSerializer.SerializeToElement(document.Root);
        var schema = ContentSchemas.Get(kind);

        // Most files are valid: a yes/no evaluation is cheaper than the detailed one, which only a
        // failing file then pays for (validate used about 10% less CPU on 1,000 synthetic files, bench/).
        if (schema.Evaluate(element, new EvaluationOptions { OutputFormat = OutputFormat.Flag }).IsValid)
        {
            return [];
        }

        var results = schema.Evaluate(element, new EvaluationOptions { OutputFormat = OutputFormat.Hierarchical });
        var found = new List<Diagnostic>();
        if (!results.IsValid)
        {
            Collect(results, document, new SchemaLookup(ContentSchemas.Json(kind)), found);
        }

        return found.Distinct().ToList();
    }

    private static void Collect(EvaluationResults node, YamlDocument document, SchemaLookup lookup, List<Diagnostic> found)
    {
        if (node.IsValid)
        {
            return;
        }

        var pointer = node.InstanceLocation.ToString();
        var path = node.EvaluationPath.ToString();
        foreach (var (keyword, message) in node.Errors ?? new Dictionary<string, string>())
        {
            if (keyword is "oneOf" or "anyOf")
            {
                continue; // reported once below, with the branches
            }

            var (text, atKey) = Describe(keyword, message, pointer, path, lookup);
            Add(document, found, pointer, atKey, text);
        }

        var alternativesReported = false;
        foreach (var child in node.Details ?? [])
        {
            if (IsAlternative(child.EvaluationPath.ToString()))
            {
                // No alternative matched: one message for the place, in the schema's words.
                if (!alternativesReported)
                {
                    var description = lookup.Walk(path).Description;
                    Add(document, found, pointer, atKey: false,
                        $"{FieldName(pointer)} has the wrong form{(description is null ? string.Empty : $": {description}")}");
                    alternativesReported = true;
                }

                continue;
            }

            Collect(child, document, lookup, found);
        }
    }

    private static bool IsAlternative(string path)
    {
        var parts = path.Split('/');
        return parts.Length >= 2 && parts[^2] is "oneOf" or "anyOf" && int.TryParse(parts[^1], out _);
    }

    private static void Add(YamlDocument document, List<Diagnostic> found, string pointer, bool atKey, string text)
    {
        var at = atKey ? document.Map.KeyAt(pointer) : document.Map.ValueAt(pointer);
        found.Add(new Diagnostic(document.Path, at.Line, at.Column, Severity.Error, DiagnosticCodes.Schema, text));
    }

    private static (string Text, bool AtKey) Describe(string keyword, string message, string pointer, string path, SchemaLookup lookup)
    {
        var field = FieldName(pointer);
        var description = lookup.Walk(path).Description;
        var hint = description is null ? string.Empty : $" ({description.TrimEnd('.')})";
        return keyword switch
        {
            "" or "false" or "additionalProperties" => (UnknownField(field, lookup.AllowedFields(path)), true),
            "required" => ($"{(pointer.Length == 0 ? string.Empty : field + ": ")}{message.Replace("Required properties", "missing required field(s)", StringComparison.Ordinal)}", false),
            "enum" => ($"{field} must be one of: {string.Join(", ", lookup.EnumValues(path + "/enum").Select(v => v.Trim('"')))}", false),
            "pattern" => ($"{field} has the wrong form{hint}", false),
            "type" => ($"{field}: {message}{hint}", false),
            "minItems" or "minLength" => ($"{field} must not be empty", false),
            "uniqueItems" => ($"{field} lists the same item twice", false),
            "dependencies" or "dependentRequired" => ($"{field}: {message} (a provision's text needs its 'language')", false),
            _ => ($"{field}: {message}{hint}", false),
        };
    }

    private static string UnknownField(string field, IReadOnlyList<string> allowed) =>
        allowed.Count == 0
            ? $"unknown field {field}: check its spelling, or remove it"
            : $"unknown field {field}: check its spelling, or remove it (allowed here: {string.Join(", ", allowed)})";

    private static string FieldName(string pointer)
    {
        if (pointer.Length == 0)
        {
            return "the file";
        }

        var slash = pointer.LastIndexOf('/');
        var last = pointer[(slash + 1)..].Replace("~1", "/").Replace("~0", "~");
        return int.TryParse(last, out var index) ? $"item {index + 1} of {FieldName(pointer[..slash])}" : $"'{last}'";
    }
}
