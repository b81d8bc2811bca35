using System.Net;
using System.Text.RegularExpressions;

namespace Comparison.Site.Tests.Support;

/// <summary>Just enough HTML reading for the tests: tags, attribute values, ids and sections.</summary>
public static partial class Html
{
    /// <summary>Every start tag (escaped text has no raw &lt;, so these are real elements).</summary>
    public static IEnumerable<string> Tags(string html) => TagPattern().Matches(html).Select(m => m.Value);

    /// <summary>The decoded values of one attribute on every element.</summary>
    public static IEnumerable<string> Attribute(string html, string name) =>
        Tags(html).SelectMany(tag => AttributePattern().Matches(tag)
            .Where(m => string.Equals(m.Groups["name"].Value, name, StringComparison.OrdinalIgnoreCase))
            .Select(m => WebUtility.HtmlDecode(m.Groups["value"].Value)));

    /// <summary>Attribute names per tag, with quoted values removed so text inside them is not read as attributes.</summary>
    public static IEnumerable<string> AttributeNames(string html) =>
        Tags(html).SelectMany(tag => AttributePattern().Matches(tag).Select(m => m.Groups["name"].Value));

    public static ISet<string> Ids(string html) => Attribute(html, "id").ToHashSet(StringComparer.Ordinal);

    /// <summary>The markup from the element with this id to the end of its section (the next same-level close).</summary>
    public static string Section(string html, string id)
    {
        var start = html.IndexOf($"<section id=\"{id}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no section with id {id}");
        var end = html.IndexOf("</section>", start, StringComparison.Ordinal);
        return html[start..end];
    }

    public static string Between(string html, string from, string to)
    {
        var start = html.IndexOf(from, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{from}' not found");
        var end = html.IndexOf(to, start, StringComparison.Ordinal);
        return end < 0 ? html[start..] : html[start..end];
    }

    [GeneratedRegex("<[a-zA-Z][^>]*>")]
    private static partial Regex TagPattern();

    [GeneratedRegex("\\s(?<name>[a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:\\s*=\\s*(?:\"(?<value>[^\"]*)\"|'(?<value>[^']*)'|(?<value>[^\\s\"'>]+)))?")]
    private static partial Regex AttributePattern();
}
