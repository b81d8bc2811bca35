using System.Text.Json;
using System.Text.Json.Nodes;

namespace Comparison.Content.Loading;

/// <summary>Binds a schema-valid document to the model records.</summary>
internal static class ModelReader
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        RespectNullableAnnotations = true,
    };

    public static T Read<T>(JsonNode node) =>
        node.Deserialize<T>(Options) ?? throw new JsonException($"empty {typeof(T).Name}");
}
