using System.Net;
using System.Text;
using static Comparison.Web.Tests.ProblemAssertions;

namespace Comparison.Web.Tests;

[Collection(ApiCollection.Name)]
public sealed class ExportEndpointTests(ApiFactory factory)
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task Csv_is_utf8_with_bom_one_row_per_jurisdiction_and_question_and_parses_back()
    {
        var response = await client.GetAsync("/api/v1/export?format=csv&asOf=2019-04-12");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("attachment", response.Content.Headers.ContentDisposition?.ToString());
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);

        var rows = ParseCsv(Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3));
        Assert.Equal("jurisdiction_id", rows[0][0]);
        Assert.Equal(1 + 50 * 14, rows.Count);
        Assert.All(rows, r => Assert.Equal(rows[0].Count, r.Count));
        var nl = rows.Single(r => r[0] == "nl" && r[4] == "minor-purchase-offence");
        Assert.Equal("yes", nl[7]);
        // Multi-line Markdown summaries survive the round trip.
        var summary = rows[0].IndexOf("summary");
        Assert.True(summary > 0, "the header names a summary column");
        Assert.Contains(rows, r => r[summary].Contains('\n'));
        // The basis of each start date follows it: in-force for nl's dated answer as of 2019.
        var basis = rows[0].IndexOf("valid_from_basis");
        Assert.Equal(rows[0].IndexOf("valid_from") + 1, basis);
        Assert.Equal("in-force", nl[basis]);
    }

    [Fact]
    public async Task Json_export_has_the_same_rows()
    {
        var body = await JsonBody(await client.GetAsync("/api/v1/export?format=json"));
        Assert.Equal(700, body.GetProperty("count").GetInt32());
        Assert.Equal(700, body.GetProperty("rows").GetArrayLength());
    }

    [Fact]
    public async Task An_unknown_format_is_a_400_problem() =>
        await AssertProblem(await client.GetAsync("/api/v1/export?format=xlsx"), HttpStatusCode.BadRequest, "format");

    /// <summary>An RFC 4180 reader, independent of the writer under test.</summary>
    private static List<List<string>> ParseCsv(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                rows.Add(row);
                row = [];
                i++;
            }
            else
            {
                field.Append(c);
            }
        }

        Assert.Empty(field.ToString());
        return rows;
    }
}
