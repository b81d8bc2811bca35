using Comparison.Content.Model;
using Comparison.Content.Yaml;

namespace Comparison.Content.Loading;

/// <summary>A jurisdiction with the document it came from, so rules can point at its lines.</summary>
public sealed record LoadedJurisdiction(string FileId, Jurisdiction Model, YamlDocument Document);
