using System.Text;

namespace Comparison.Site.Exports;

/// <summary>
/// RFC 4180 CSV: CRLF line ends, every field quoted, quotes doubled. Small enough to own
/// outright: writing is all the project needs, and CsvHelper 34 reworked its API entirely.
/// </summary>
public static class CsvWriter
{
    public static void WriteRow(StringBuilder output, IEnumerable<string?> fields)
    {
        var first = true;
        foreach (var field in fields)
        {
            if (!first)
            {
                output.Append(',');
            }

            output.Append('"').Append((field ?? string.Empty).Replace("\"", "\"\"")).Append('"');
            first = false;
        }

        output.Append("\r\n");
    }
}
