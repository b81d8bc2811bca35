using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Comparison.Synth;

/// <summary>A question as the Hugo pages need it.</summary>
internal sealed record QuestionInfo(string Id, string Title, string Text);

/// <summary>A real jurisdiction file, parsed, to copy the shape of.</summary>
internal sealed record TemplateFile(string Id, string SchemaComment, YamlMappingNode Root);

/// <summary>
/// The real content a synthetic tree is made from: every jurisdiction file, the questions, and
/// word banks (English from the summaries, each law language from the provision texts) so that
/// new text has the real vocabulary and word lengths.
/// </summary>
internal sealed partial class TemplateSet
{
    public required IReadOnlyList<TemplateFile> Files { get; init; }

    public required IReadOnlyList<QuestionInfo> Questions { get; init; }

    /// <summary>Words by language ("en" for the summaries and translations), repeated as often as they occur.</summary>
    public required IReadOnlyDictionary<string, string[]> Languages { get; init; }

    public static TemplateSet Load(string contentDirectory)
    {
        var files = Directory.GetFiles(Path.Combine(contentDirectory, "countries"), "*.yaml").Order(StringComparer.Ordinal)
            .Select(path => new TemplateFile(Path.GetFileNameWithoutExtension(path), File.ReadLines(path).First(), Parse(path)))
            .ToList();
        var words = new Dictionary<string, List<string>>(StringComparer.Ordinal) { ["en"] = [] };
        foreach (var file in files)
        {
            foreach (var summary in Texts(file.Root))
            {
                words["en"].AddRange(Words(summary));
            }

            foreach (var provision in Sequence(file.Root, "provisions").OfType<YamlMappingNode>())
            {
                if (Value(provision, "language") is { } language && Value(provision, "text") is { } text)
                {
                    (words.TryGetValue(language, out var list) ? list : words[language] = []).AddRange(Words(text));
                }

                words["en"].AddRange(Words(Value(provision, "translation") ?? ""));
            }
        }

        var questions = Sequence(Parse(Path.Combine(contentDirectory, "questions.yaml")), "questions").OfType<YamlMappingNode>()
            .Select(q => new QuestionInfo(Value(q, "id")!, Value(q, "title")!, Value(q, "text")!)).ToList();
        return new TemplateSet
        {
            Files = files,
            Questions = questions,
            Languages = words.Where(w => w.Value.Count >= 50).ToDictionary(w => w.Key, w => w.Value.ToArray(), StringComparer.Ordinal),
        };
    }

    public static string? Value(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlScalarNode scalar ? scalar.Value : null;

    public static IEnumerable<YamlNode> Sequence(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlSequenceNode sequence ? sequence.Children : [];

    private static IEnumerable<string> Texts(YamlMappingNode root)
    {
        if (!root.Children.TryGetValue(new YamlScalarNode("answers"), out var answers) || answers is not YamlMappingNode map)
        {
            yield break;
        }

        foreach (var answer in map.Children.Values.OfType<YamlMappingNode>())
        {
            yield return Value(answer, "summary") ?? "";
            foreach (var entry in Sequence(answer, "history").OfType<YamlMappingNode>())
            {
                yield return Value(entry, "summary") ?? "";
            }
        }
    }

    private static YamlMappingNode Parse(string path)
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(path);
        stream.Load(reader);
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    // Letters (any script) with inner hyphens or apostrophes: no Markdown, links or numbers.
    private static IEnumerable<string> Words(string text) => WordPattern().Matches(text).Select(m => m.Value);

    [GeneratedRegex(@"(?<![\p{L}\p{N}\[\(*_`/.:])\p{L}+(?:['’-]\p{L}+)*(?![\p{L}\p{N}\]\)*_`/:])")]
    private static partial Regex WordPattern();
}
