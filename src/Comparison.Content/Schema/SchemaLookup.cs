using System.Text.Json;

namespace Comparison.Content.Schema;

/// <summary>
/// Reads the schema document along an evaluation path (following <c>$ref</c>s), to quote the
/// schema's own words in messages: a field's description, the allowed values of an enum, the
/// fields an object accepts.
/// </summary>
internal sealed class SchemaLookup(JsonElement root)
{
    /// <summary>The schema node the path ends at, and the last description met on the way.</summary>
    public (JsonElement? Node, string? Description) Walk(string evaluationPath)
    {
        var node = root;
        string? description = Describe(node);
        foreach (var raw in evaluationPath.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var segment = raw.Replace("~1", "/").Replace("~0", "~");
            if (segment == "$ref")
            {
                if (!node.TryGetProperty("$ref", out var reference) || reference.GetString() is not { } target || !target.StartsWith("#/", StringComparison.Ordinal))
                {
                    return (null, description);
                }

                node = Resolve(target[2..]) ?? node;
            }
            else if (node.ValueKind == JsonValueKind.Object && node.TryGetProperty(segment, out var child))
            {
                node = child;
            }
            else if (node.ValueKind == JsonValueKind.Array && int.TryParse(segment, out var index) && index < node.GetArrayLength())
            {
                node = node[index];
            }
            else
            {
                return (null, description);
            }

            description = Describe(node) ?? description;
        }

        return (node, description);
    }

    /// <summary>The allowed values of the enum the path ends at.</summary>
    public IReadOnlyList<string> EnumValues(string evaluationPath) =>
        Walk(evaluationPath).Node is { ValueKind: JsonValueKind.Array } values
            ? values.EnumerateArray().Select(v => v.ToString()).ToList()
            : [];

    /// <summary>The fields an object schema accepts, where the path ends at its additionalProperties.</summary>
    public IReadOnlyList<string> AllowedFields(string evaluationPath)
    {
        var parent = evaluationPath.EndsWith("/additionalProperties", StringComparison.Ordinal)
            ? evaluationPath[..^"/additionalProperties".Length]
            : evaluationPath;
        return Walk(parent).Node is { } node && node.TryGetProperty("properties", out var properties)
            ? properties.EnumerateObject().Select(p => p.Name).ToList()
            : [];
    }

    private JsonElement? Resolve(string pointer)
    {
        var node = root;
        foreach (var segment in pointer.Split('/'))
        {
            if (!node.TryGetProperty(segment.Replace("~1", "/").Replace("~0", "~"), out node))
            {
                return null;
            }
        }

        return node;
    }

    private static string? Describe(JsonElement node) =>
        node.ValueKind == JsonValueKind.Object && node.TryGetProperty("description", out var d) ? d.GetString() : null;
}
