using System.Text;
using System.Text.RegularExpressions;
using Comparison.Content.Loading;
using Comparison.Content.Model;

namespace Comparison.Content.Scaffolding;

/// <summary>
/// Writes a new jurisdiction file: every field present, every question answered `unknown`, so
/// it validates at once and a contributor fills it in answer by answer.
/// </summary>
public static partial class JurisdictionTemplate
{
    public static bool IsValidId(string id) => IdPattern().IsMatch(id);

    public static string Render(NewJurisdictionRequest request, QuestionCatalog questions, DateOnly today)
    {
        if (!IsValidId(request.Id))
        {
            throw new ArgumentException($"'{request.Id}' is not a jurisdiction id", nameof(request));
        }

        var languages = request.Languages is { Count: > 0 } list ? list : ["en"];
        var text = new StringBuilder();
        text.AppendLine(ContentLayout.SchemaCommentFor(ContentLayout.JurisdictionSchemaPath));
        text.AppendLine($"id: {request.Id}");
        text.AppendLine($"name: {Quote(request.Name)}");
        text.AppendLine($"nativeName: {Quote(request.NativeName ?? request.Name)}");
        text.AppendLine($"iso: {request.Id[..2].ToUpperInvariant()}");
        text.AppendLine($"state: {Quote(request.State ?? request.Name)}");
        text.AppendLine($"languages: [{string.Join(", ", languages)}]{(request.Languages is { Count: > 0 } ? string.Empty : "  # the languages of its law (ISO 639-1)")}");
        text.AppendLine("legalTradition: civil-law  # civil-law | common-law | nordic | mixed");
        text.AppendLine("memberships: [coe]  # any of eu, coe, eea");
        text.AppendLine("cets197:");
        text.AppendLine("  greta: []  # add signed, ratified, inForce dates and GRETA reports from the sources");
        text.AppendLine("provisions: []");
        text.AppendLine("answers:");
        foreach (var question in questions.Questions)
        {
            text.AppendLine($"  {question.Id}:");
            text.AppendLine("    value: unknown");
            text.AppendLine("    summary: Not yet researched.");
        }

        text.AppendLine("sources: []");
        text.AppendLine("review:");
        text.AppendLine("  status: draft");
        text.AppendLine($"  lastReviewed: {today:yyyy-MM-dd}");
        text.AppendLine("  notes: Created with `comparison new`; nothing researched yet.");
        return text.ToString();
    }

    /// <summary>A double-quoted YAML scalar: safe for any text a user types.</summary>
    public static string Quote(string value)
    {
        var escaped = new StringBuilder("\"");
        foreach (var c in value)
        {
            escaped.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }

        return escaped.Append('"').ToString();
    }

    [GeneratedRegex("^[a-z]{2}(-[a-z]{2,4})?$")]
    private static partial Regex IdPattern();
}
