namespace Comparison.Content.Yaml;

/// <summary>Raised inside <see cref="YamlJsonReader"/> for a located problem; never escapes it.</summary>
internal sealed class YamlReadException(string code, Position position, string message) : Exception(message)
{
    public string Code { get; } = code;

    public Position Position { get; } = position;
}
