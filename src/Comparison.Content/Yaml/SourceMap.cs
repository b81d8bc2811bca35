namespace Comparison.Content.Yaml;

/// <summary>
/// Maps a JSON Pointer of the converted document (<c>/answers/nl/value</c>) back to where it
/// was written, so that schema and rule errors point at the YAML the contributor typed.
/// For a mapping entry both the key and the value are recorded: errors about a field that
/// should not be there point at its key, errors about a wrong value at the value.
/// </summary>
public sealed class SourceMap
{
    private readonly Dictionary<string, Position> values = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Position> keys = new(StringComparer.Ordinal);

    internal void AddValue(string pointer, Position position) => values[pointer] = position;

    internal void AddKey(string pointer, Position position) => keys[pointer] = position;

    /// <summary>Position of the value at <paramref name="pointer"/>, or of its nearest ancestor.</summary>
    public Position ValueAt(string pointer) => Find(pointer, values);

    /// <summary>Position of the key that introduces <paramref name="pointer"/>, else its value.</summary>
    public Position KeyAt(string pointer) =>
        keys.TryGetValue(pointer, out var position) ? position : ValueAt(pointer);

    private static Position Find(string pointer, Dictionary<string, Position> map)
    {
        var current = pointer;
        while (true)
        {
            if (map.TryGetValue(current, out var position))
            {
                return position;
            }

            if (current.Length == 0)
            {
                return Position.Start;
            }

            var slash = current.LastIndexOf('/');
            current = slash <= 0 ? string.Empty : current[..slash];
        }
    }

    /// <summary>Escapes one reference token as RFC 6901 requires.</summary>
    public static string Escape(string token) => token.Replace("~", "~0").Replace("/", "~1");
}
