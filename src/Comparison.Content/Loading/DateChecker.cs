using System.Globalization;
using System.Text.Json.Nodes;
using Comparison.Content.Diagnostics;
using Comparison.Content.Yaml;

namespace Comparison.Content.Loading;

/// <summary>
/// The schema checks that dates look like YYYY-MM-DD; this checks that they exist
/// (no 2019-02-30), before the model is bound.
/// </summary>
internal static class DateChecker
{
    private static readonly HashSet<string> DateFields =
        ["signed", "ratified", "inForce", "from", "until", "since", "date", "lastReviewed", "checked", "adopted", "transpositionDeadline"];

    public static void Check(YamlDocument document, ICollection<Diagnostic> diagnostics) =>
        Walk(document.Root, string.Empty, null, document, diagnostics);

    private static void Walk(JsonNode? node, string pointer, string? field, YamlDocument document, ICollection<Diagnostic> diagnostics)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, child) in obj)
                {
                    Walk(child, $"{pointer}/{SourceMap.Escape(key)}", key, document, diagnostics);
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    Walk(array[i], $"{pointer}/{i}", null, document, diagnostics);
                }

                break;
            case JsonValue value when field is not null && DateFields.Contains(field)
                                     && value.TryGetValue<string>(out var text)
                                     && text.Length == 10 && text[4] == '-' && text[7] == '-':
                if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                {
                    var at = document.Map.ValueAt(pointer);
                    diagnostics.Add(new Diagnostic(document.Path, at.Line, at.Column, Severity.Error, DiagnosticCodes.DateInvalid,
                        $"'{field}' is {text}, which is not a calendar date"));
                }

                break;
        }
    }
}
