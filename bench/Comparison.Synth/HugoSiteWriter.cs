using System.Text;
using YamlDotNet.RepresentationModel;

namespace Comparison.Synth;

/// <summary>
/// Writes the same pages as a Hugo site, the way a Hugo user would: one Markdown file per
/// jurisdiction (answers, history, provisions, sources in the body; the answers again in front
/// matter for the pages that list every jurisdiction), one per question, and small layouts for
/// the home matrix, the country page and the question table. Hugo renders the Markdown and the
/// summaries (markdownify), as our build does.
/// </summary>
internal static class HugoSiteWriter
{
    public static void Write(string hugoDirectory, IReadOnlyList<QuestionInfo> questions, IReadOnlyList<SynthJurisdiction> jurisdictions)
    {
        if (Directory.Exists(hugoDirectory))
        {
            Directory.Delete(hugoDirectory, recursive: true);
        }

        var countries = Directory.CreateDirectory(Path.Combine(hugoDirectory, "content", "countries")).FullName;
        var questionPages = Directory.CreateDirectory(Path.Combine(hugoDirectory, "content", "questions")).FullName;
        Directory.CreateDirectory(Path.Combine(hugoDirectory, "data"));
        File.WriteAllText(Path.Combine(hugoDirectory, "hugo.toml"), HugoLayouts.Config);
        foreach (var (path, text) in HugoLayouts.Files)
        {
            var target = Path.Combine(hugoDirectory, "layouts", path);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllText(target, text);
        }

        var data = new StringBuilder();
        foreach (var question in questions)
        {
            data.Append("- id: ").Append(question.Id).Append("\n  title: ").Append(YamlWriter.Quote(question.Title)).Append('\n');
            File.WriteAllText(Path.Combine(questionPages, question.Id + ".md"),
                $"---\ntitle: {YamlWriter.Quote(question.Title)}\nqid: {question.Id}\n---\n{question.Text}\n");
        }

        File.WriteAllText(Path.Combine(hugoDirectory, "data", "questions.yaml"), data.ToString());
        foreach (var jurisdiction in jurisdictions)
        {
            File.WriteAllText(Path.Combine(countries, jurisdiction.Id + ".md"), Page(jurisdiction.Root, questions));
        }
    }

    private static string Page(YamlMappingNode root, IReadOnlyList<QuestionInfo> questions)
    {
        var answers = (YamlMappingNode)root.Children[new YamlScalarNode("answers")];
        var front = new StringBuilder("---\n");
        front.Append("title: ").Append(YamlWriter.Quote(TemplateSet.Value(root, "name")!)).Append('\n');
        front.Append("nativeName: ").Append(YamlWriter.Quote(TemplateSet.Value(root, "nativeName")!)).Append('\n');
        front.Append("iso: ").Append(TemplateSet.Value(root, "iso")).Append("\nanswers:\n");
        var body = new StringBuilder();
        body.Append("## Answers\n\n");
        foreach (var question in questions)
        {
            if (!answers.Children.TryGetValue(new YamlScalarNode(question.Id), out var node) || node is not YamlMappingNode answer)
            {
                continue;
            }

            var value = ValueText(answer.Children[new YamlScalarNode("value")]);
            var since = TemplateSet.Value(answer, "since") ?? "";
            var summary = TemplateSet.Value(answer, "summary") ?? "";
            front.Append("  ").Append(question.Id).Append(":\n    value: ").Append(YamlWriter.Quote(value))
                .Append("\n    since: ").Append(YamlWriter.Quote(since)).Append("\n    summary: ").Append(YamlWriter.Quote(summary)).Append('\n');
            body.Append("### ").Append(question.Title).Append(" {#").Append(question.Id).Append("}\n\n**").Append(value).Append("**");
            body.Append(since.Length > 0 ? $" since {since}" : "").Append("\n\n").Append(summary.Trim()).Append("\n\n");
            foreach (var entry in TemplateSet.Sequence(answer, "history").OfType<YamlMappingNode>())
            {
                body.Append("- Until ").Append(TemplateSet.Value(entry, "until")).Append(": **")
                    .Append(ValueText(entry.Children[new YamlScalarNode("value")])).Append("**. ").Append(TemplateSet.Value(entry, "summary")?.Trim()).Append('\n');
            }

            body.Append('\n');
        }

        body.Append("## Provisions\n\n");
        foreach (var provision in TemplateSet.Sequence(root, "provisions").OfType<YamlMappingNode>())
        {
            body.Append("### ").Append(TemplateSet.Value(provision, "citation")).Append("\n\n").Append(TemplateSet.Value(provision, "title")).Append("\n\n");
            if (TemplateSet.Value(provision, "text") is { } text)
            {
                body.Append("> ").Append(text.Trim()).Append("\n\n");
            }

            if (TemplateSet.Value(provision, "translation") is { } translation)
            {
                body.Append(translation.Trim()).Append("\n\n");
            }
        }

        body.Append("## Sources\n\n");
        foreach (var source in TemplateSet.Sequence(root, "sources").OfType<YamlMappingNode>())
        {
            body.Append("- [").Append(TemplateSet.Value(source, "title")?.Replace("[", "(").Replace("]", ")")).Append("](")
                .Append(TemplateSet.Value(source, "url")).Append("), ").Append(TemplateSet.Value(source, "publisher")).Append('\n');
        }

        return front.Append("---\n").Append(body).ToString();
    }

    private static string ValueText(YamlNode value) => value switch
    {
        YamlScalarNode scalar => scalar.Value ?? "",
        YamlSequenceNode list => string.Join(", ", list.Children.OfType<YamlScalarNode>().Select(s => s.Value)),
        _ => "",
    };
}
