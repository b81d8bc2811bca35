namespace Comparison.Content.Yaml;

/// <summary>
/// Hard limits against pathological input. A real jurisdiction file is about 30-80 KB with a
/// nesting depth under 8; these leave ample room and stop a hostile file long before it costs
/// memory or time. Documented in CONTRIBUTING.md and docs/content-model.md.
/// </summary>
public sealed record YamlLimits(int MaxFileBytes, int MaxDepth, int MaxScalarLength, int MaxNodes)
{
    public static readonly YamlLimits Default = new(
        MaxFileBytes: 1024 * 1024,
        MaxDepth: 32,
        MaxScalarLength: 64 * 1024,
        MaxNodes: 100_000);
}
