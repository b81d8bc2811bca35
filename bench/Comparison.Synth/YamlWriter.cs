using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Comparison.Synth;

/// <summary>
/// Writes a YAML representation tree in block style, as a contributor would: plain scalars stay
/// plain (so dates, numbers and value words keep their types), every other string is written
/// double-quoted with JSON escapes, which YAML reads back unchanged.
/// </summary>
internal static class YamlWriter
{
    private static readonly JsonSerializerOptions Quoting = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(YamlMappingNode root)
    {
        var text = new StringBuilder();
        WriteMapping(root, 0, text);
        return text.ToString();
    }

    public static string Quote(string value) => JsonSerializer.Serialize(value, Quoting);

    private static void WriteMapping(YamlMappingNode mapping, int indent, StringBuilder text, bool firstLineIndented = true)
    {
        var first = true;
        foreach (var (key, value) in mapping.Children)
        {
            if (!first || firstLineIndented)
            {
                text.Append(' ', indent);
            }

            first = false;
            text.Append(Scalar((YamlScalarNode)key)).Append(':');
            WriteValue(value, indent, text);
        }
    }

    private static void WriteValue(YamlNode value, int indent, StringBuilder text)
    {
        switch (value)
        {
            case YamlScalarNode scalar:
                text.Append(' ').Append(Scalar(scalar)).Append('\n');
                break;
            case YamlMappingNode { Children.Count: 0 }:
                text.Append(" {}\n");
                break;
            case YamlMappingNode mapping:
                text.Append('\n');
                WriteMapping(mapping, indent + 2, text);
                break;
            case YamlSequenceNode sequence when sequence.Children.All(c => c is YamlScalarNode):
                text.Append(" [").AppendJoin(", ", sequence.Children.Select(c => Scalar((YamlScalarNode)c))).Append("]\n");
                break;
            case YamlSequenceNode sequence:
                text.Append('\n');
                foreach (var item in sequence.Children)
                {
                    text.Append(' ', indent + 2).Append("- ");
                    WriteMapping((YamlMappingNode)item, indent + 4, text, firstLineIndented: false);
                }

                break;
        }
    }

    private static string Scalar(YamlScalarNode scalar) =>
        scalar.Style is ScalarStyle.Plain or ScalarStyle.Any ? scalar.Value ?? "" : Quote(scalar.Value ?? "");
}
