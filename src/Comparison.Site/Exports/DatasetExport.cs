using System.Globalization;
using System.Text;
using Comparison.Content.AsOf;
using Comparison.Content.Model;

namespace Comparison.Site.Exports;

/// <summary>The whole dataset as of a date, one row per jurisdiction × question, as CSV or rows.</summary>
public static class DatasetExport
{
    public static IReadOnlyList<DatasetRow> Rows(ContentSet content, DateOnly asOf)
    {
        var groups = content.Questions.Groups.ToDictionary(g => g.Id, g => g.Title);
        var rows = new List<DatasetRow>();
        foreach (var jurisdiction in content.Jurisdictions.OrderBy(j => j.Id, StringComparer.Ordinal))
        {
            var resolved = AsOfResolver.Resolve(jurisdiction, asOf);
            foreach (var question in content.Questions.Questions)
            {
                var answer = resolved.Answers.GetValueOrDefault(question.Id);
                var sources = (answer?.SourceIds ?? []).Select(jurisdiction.FindSource).OfType<Source>().ToList();
                rows.Add(new DatasetRow(
                    jurisdiction.Id, jurisdiction.Name, jurisdiction.State, string.Join(" ", jurisdiction.Memberships),
                    question.Id, question.Title, groups.GetValueOrDefault(question.Group, question.Group),
                    answer?.Value.ToString() ?? AnswerValue.Unknown,
                    answer?.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    answer?.FromBasis,
                    answer?.Until?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    answer?.Summary.Trim() ?? string.Empty,
                    string.Join("; ", (answer?.ProvisionIds ?? []).Select(id => jurisdiction.FindProvision(id)?.Citation ?? id)),
                    string.Join("; ", sources.Select(s => s.Title)),
                    string.Join(" ", sources.Select(s => s.Url)),
                    jurisdiction.Review.Status,
                    jurisdiction.Review.LastReviewed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    answer is { IsRecorded: true } ? answer.Checked?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null));
            }
        }

        return rows;
    }

    /// <summary>
    /// RFC 4180 CSV in UTF-8 with a byte-order mark, so a spreadsheet opens it as is with accents
    /// intact; every field quoted.
    /// </summary>
    public static byte[] Csv(ContentSet content, DateOnly asOf)
    {
        var text = new StringBuilder();
        CsvWriter.WriteRow(text, Header);
        foreach (var row in Rows(content, asOf))
        {
            CsvWriter.WriteRow(text, [
                row.JurisdictionId, row.Jurisdiction, row.State, row.Memberships, row.QuestionId, row.Question, row.Group,
                row.Value, row.Since, row.SinceBasis, row.Until, row.Summary, row.Provisions, row.Sources, row.SourceUrls, row.ReviewStatus, row.LastReviewed, row.Checked,
            ]);
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static readonly string[] Header =
    [
        "jurisdiction_id", "jurisdiction", "state", "memberships", "question_id", "question", "group",
        "value", "valid_from", "valid_from_basis", "valid_until", "summary", "provisions", "sources", "source_urls", "review_status", "last_reviewed", "checked",
    ];
}
