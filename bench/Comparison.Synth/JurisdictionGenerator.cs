using System.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Comparison.Synth;

/// <summary>One generated jurisdiction: its id, the schema comment line, and its YAML tree.</summary>
internal sealed record SynthJurisdiction(string Id, string SchemaComment, YamlMappingNode Root);

/// <summary>
/// Makes jurisdiction i from real file i mod T: id "&lt;iso&gt;-&lt;four letters of i&gt;" (the id
/// pattern allows a 2-4 letter suffix, the iso stays the template's), a made-up name, and new
/// summaries and provision texts of the original lengths drawn from the word banks. Structure,
/// values, dates, references and sources are the template's, so every rule still holds.
/// </summary>
internal sealed class JurisdictionGenerator(TemplateSet templates, int seed)
{
    private static readonly string[] Syllables = ["ba", "del", "fi", "gor", "ka", "len", "mi", "nor", "pa", "ras", "si", "tu", "vel", "wa", "zo", "bre", "dun", "hal", "kir", "mos"];

    public IEnumerable<SynthJurisdiction> Generate(int count)
    {
        for (var i = 0; i < count; i++)
        {
            var template = templates.Files[i % templates.Files.Count];
            var random = new Random(HashCode.Combine(seed, i));
            var id = $"{template.Id[..2]}-{Letters(i)}";
            var root = Copy(template.Root);
            var suffix = Name(i);
            Set(root, "id", id);
            Set(root, "name", $"{TemplateSet.Value(root, "name")} {suffix}", quoted: true);
            Set(root, "nativeName", $"{TemplateSet.Value(root, "nativeName")} {suffix}", quoted: true);
            RewriteText(root, random);
            yield return new SynthJurisdiction(id, template.SchemaComment, root);
        }
    }

    private void RewriteText(YamlMappingNode root, Random random)
    {
        if (root.Children.TryGetValue(new YamlScalarNode("answers"), out var answers) && answers is YamlMappingNode map)
        {
            foreach (var answer in map.Children.Values.OfType<YamlMappingNode>())
            {
                Replace(answer, "summary", "en", random);
                foreach (var entry in TemplateSet.Sequence(answer, "history").OfType<YamlMappingNode>())
                {
                    Replace(entry, "summary", "en", random);
                }
            }
        }

        foreach (var provision in TemplateSet.Sequence(root, "provisions").OfType<YamlMappingNode>())
        {
            var language = TemplateSet.Value(provision, "language") ?? "en";
            Replace(provision, "title", "en", random);
            Replace(provision, "text", language, random);
            Replace(provision, "translation", "en", random);
        }
    }

    private void Replace(YamlMappingNode node, string key, string language, Random random)
    {
        if (TemplateSet.Value(node, key) is { } original)
        {
            var words = templates.Languages.GetValueOrDefault(language) ?? templates.Languages["en"];
            Set(node, key, Text(words, original.Trim().Length, random), quoted: true);
        }
    }

    /// <summary>Sentences of 6 to 18 words until the text is as long as the one it replaces.</summary>
    private static string Text(string[] words, int length, Random random)
    {
        var text = new StringBuilder(length + 40);
        while (text.Length < Math.Max(length, 8))
        {
            var sentence = random.Next(6, 19);
            for (var w = 0; w < sentence; w++)
            {
                var word = words[random.Next(words.Length)];
                text.Append(w == 0 ? char.ToUpperInvariant(word[0]) + word[1..] : word).Append(w == sentence - 1 ? ". " : " ");
            }
        }

        return text.ToString().TrimEnd();
    }

    private static void Set(YamlMappingNode node, string key, string value, bool quoted = false) =>
        node.Children[new YamlScalarNode(key)] = new YamlScalarNode(value) { Style = quoted ? ScalarStyle.DoubleQuoted : ScalarStyle.Plain };

    private static string Letters(int i)
    {
        var letters = new char[4];
        for (var p = 3; p >= 0; p--, i /= 26)
        {
            letters[p] = (char)('a' + i % 26);
        }

        return new string(letters);
    }

    private static string Name(int i)
    {
        var name = new StringBuilder();
        for (var n = i + 20 * 20; n > 0; n /= Syllables.Length)
        {
            name.Append(Syllables[n % Syllables.Length]);
        }

        return char.ToUpperInvariant(name[0]) + name.ToString(1, name.Length - 1);
    }

    private static YamlNode Copy(YamlNode node) => node switch
    {
        YamlScalarNode scalar => new YamlScalarNode(scalar.Value) { Style = scalar.Style },
        YamlSequenceNode sequence => new YamlSequenceNode(sequence.Children.Select(Copy)),
        YamlMappingNode mapping => new YamlMappingNode(mapping.Children.Select(p => new KeyValuePair<YamlNode, YamlNode>(Copy(p.Key), Copy(p.Value)))),
        _ => throw new InvalidOperationException($"unexpected YAML node {node.NodeType}"),
    };

    private static YamlMappingNode Copy(YamlMappingNode node) => (YamlMappingNode)Copy((YamlNode)node);
}
