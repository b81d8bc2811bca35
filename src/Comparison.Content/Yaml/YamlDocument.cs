using System.Text.Json.Nodes;

namespace Comparison.Content.Yaml;

/// <summary>A YAML file read into JSON nodes, with the position of every node.</summary>
public sealed record YamlDocument(string Path, JsonNode Root, SourceMap Map, string? SchemaComment);
