using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Comparison.Content.Yaml;

/// <summary>
/// Types plain scalars by the YAML 1.2 core schema, as editors' YAML language servers do:
/// <c>yes</c> and <c>no</c> stay words (YAML 1.1 would make them booleans), dates stay text.
/// </summary>
internal static partial class ScalarTyping
{
    public static JsonNode? ToNode(string value, bool plain)
    {
        if (!plain)
        {
            return JsonValue.Create(value);
        }

        switch (value)
        {
            case "" or "~" or "null" or "Null" or "NULL":
                return null;
            case "true" or "True" or "TRUE":
                return JsonValue.Create(true);
            case "false" or "False" or "FALSE":
                return JsonValue.Create(false);
        }

        if (NumberPattern().IsMatch(value)
            && decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return JsonValue.Create(number);
        }

        // Beyond decimal's range (1e300) the value is still a YAML number, as editors show it:
        // reading it as text would let `state: 1e300` pass where a string is required. A value
        // beyond double's range too (1e999) only needs to be some number for the schema's check.
        if (NumberPattern().IsMatch(value)
            && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var large))
        {
            return JsonValue.Create(double.IsFinite(large) ? large : Math.CopySign(double.MaxValue, large));
        }

        return JsonValue.Create(value);
    }

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex NumberPattern();
}
