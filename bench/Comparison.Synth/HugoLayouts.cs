namespace Comparison.Synth;

/// <summary>The Hugo configuration and layouts: the same three page kinds as ours, minimal markup.</summary>
internal static class HugoLayouts
{
    public const string Config = """
        baseURL = "http://localhost:5080/"
        languageCode = "en"
        title = "Comparison (Hugo, synthetic)"
        disableKinds = ["taxonomy", "term"]
        [markup.goldmark.renderer]
        unsafe = false
        """;

    public static readonly IReadOnlyDictionary<string, string> Files = new Dictionary<string, string>
    {
        ["_default/baseof.html"] = """
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{ .Title }} · Comparison</title><link rel="stylesheet" href="/site.css"></head>
            <body><header><a href="/">Comparison</a></header><main>{{ block "main" . }}{{ end }}</main></body></html>
            """,
        ["_default/list.html"] = """
            {{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}
            """,
        ["_default/single.html"] = """
            {{ define "main" }}<h1>{{ .Title }}</h1>{{ .Content }}{{ end }}
            """,
        ["countries/single.html"] = """
            {{ define "main" }}<h1>{{ .Title }}</h1><p lang="">{{ .Params.nativeName }} ({{ .Params.iso }})</p>{{ .Content }}{{ end }}
            """,
        ["questions/single.html"] = """
            {{ define "main" }}{{ $q := .Params.qid }}<h1>{{ .Title }}</h1>{{ .Content }}
            <table><thead><tr><th>Jurisdiction</th><th>Answer</th><th>Since</th><th>Summary</th></tr></thead><tbody>
            {{ range sort (where .Site.RegularPages "Section" "countries") "Title" }}{{ $a := index .Params.answers $q }}
            <tr><th><a href="{{ .RelPermalink }}#{{ $q }}">{{ .Title }}</a></th><td>{{ $a.value }}</td><td>{{ $a.since }}</td><td>{{ $a.summary | markdownify }}</td></tr>{{ end }}
            </tbody></table>{{ end }}
            """,
        ["index.html"] = """
            {{ define "main" }}<h1>Every jurisdiction, every question</h1>
            <table><thead><tr><th>Jurisdiction</th>{{ range site.Data.questions }}<th><a href="/questions/{{ .id }}/">{{ .title }}</a></th>{{ end }}</tr></thead><tbody>
            {{ range sort (where .Site.RegularPages "Section" "countries") "Title" }}{{ $answers := .Params.answers }}
            <tr><th><a href="{{ .RelPermalink }}">{{ .Title }}</a></th>{{ range site.Data.questions }}<td>{{ (index $answers .id).value }}</td>{{ end }}</tr>{{ end }}
            </tbody></table>{{ end }}
            """,
    };
}
