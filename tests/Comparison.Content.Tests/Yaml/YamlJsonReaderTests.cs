using System.Text;
using System.Text.Json.Nodes;
using Comparison.Content.Diagnostics;
using Comparison.Content.Tests.Validation;
using Comparison.Content.Yaml;

namespace Comparison.Content.Tests.Yaml;

/// <summary>
/// Bad files never throw: each gets one located, plain-English diagnostic. Fixture files cover
/// what is easy to write as text; bytes that are not text are built here.
/// </summary>
public sealed class YamlJsonReaderTests : RuleTestBase
{
    public static TheoryData<string> InvalidFixtures => Support.Fixture.NamesFor("duplicate-key", "tab", "alias");

    [Theory]
    [MemberData(nameof(InvalidFixtures))]
    public void Reports_the_error_where_it_was_written(string fixture) => AssertFixtureReports(fixture);

    [Theory]
    [InlineData("", DiagnosticCodes.EmptyFile, 1, 1)]
    [InlineData("# only a comment\n\n", DiagnosticCodes.EmptyFile, 1, 1)]
    [InlineData("a: 1\n---\nb: 2\n", DiagnosticCodes.MultipleDocuments, 2, 1)]
    [InlineData("a: [1, 2\nb: 3\n", DiagnosticCodes.YamlSyntax, 1, 5)]
    [InlineData("a: \"unclosed\nb: 3\n", DiagnosticCodes.YamlSyntax, 1, 4)]
    [InlineData("a: b: c\n", DiagnosticCodes.YamlSyntax, 1, 5)]
    [InlineData("a:\n  b: 1\n c: 2\n", DiagnosticCodes.YamlSyntax, 3, 2)]
    [InlineData("a: !!binary aGVsbG8=\n", DiagnosticCodes.YamlSyntax, 1, 4)]
    [InlineData("? [a, b]\n: c\n", DiagnosticCodes.YamlSyntax, 1, 3)]
    [InlineData("a: *nothing\n", DiagnosticCodes.Alias, 1, 4)]
    public void Malformed_text_gets_a_located_error(string text, string code, int line, int column)
    {
        var diagnostic = Assert.Single(ReadErrors(Encoding.UTF8.GetBytes(text)));
        Assert.Equal((code, line, column), (diagnostic.Code, diagnostic.Line, diagnostic.Column));
        Assert.False(string.IsNullOrWhiteSpace(diagnostic.Message));
    }

    [Fact]
    public void Invalid_utf8_is_located_at_the_bad_byte()
    {
        var bytes = Encoding.UTF8.GetBytes("a: 1\nb: xy\n").ToList();
        bytes.Insert(9, 0xC3); // a lone lead byte inside "xy"
        var diagnostic = Assert.Single(ReadErrors(bytes.ToArray()));
        Assert.Equal((DiagnosticCodes.Encoding, 2, 5), (diagnostic.Code, diagnostic.Line, diagnostic.Column));
    }

    [Fact]
    public void Binary_junk_is_reported_as_binary()
    {
        var bytes = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00 };
        var diagnostic = Assert.Single(ReadErrors(bytes));
        Assert.Equal(DiagnosticCodes.Encoding, diagnostic.Code);
        Assert.Contains("binary", diagnostic.Message);
    }

    [Fact]
    public void A_byte_order_mark_is_accepted()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("a: 1\n")).ToArray();
        Assert.Empty(ReadErrors(bytes));
    }

    [Fact]
    public void Nesting_deeper_than_the_limit_is_refused()
    {
        var text = new StringBuilder("a:\n");
        for (var i = 1; i <= 40; i++)
        {
            text.Append(new string(' ', i * 2)).Append("k:\n");
        }

        var diagnostic = Assert.Single(ReadErrors(Encoding.UTF8.GetBytes(text.ToString())));
        Assert.Equal(DiagnosticCodes.Limit, diagnostic.Code);
    }

    [Fact]
    public void Flow_nesting_bombs_are_refused_without_a_stack_overflow()
    {
        var text = "a: " + new string('[', 5000) + new string(']', 5000) + "\n";
        var diagnostic = Assert.Single(ReadErrors(Encoding.UTF8.GetBytes(text)));
        Assert.Equal(DiagnosticCodes.Limit, diagnostic.Code);
    }

    [Fact]
    public void Strings_longer_than_the_limit_are_refused()
    {
        var limits = YamlLimits.Default with { MaxScalarLength = 100 };
        var diagnostic = Assert.Single(ReadErrors(Encoding.UTF8.GetBytes("a: " + new string('x', 101) + "\n"), limits));
        Assert.Equal((DiagnosticCodes.Limit, 1, 4), (diagnostic.Code, diagnostic.Line, diagnostic.Column));
    }

    [Fact]
    public void Files_larger_than_the_limit_are_refused_before_parsing()
    {
        var limits = YamlLimits.Default with { MaxFileBytes = 1000 };
        var diagnostic = Assert.Single(ReadErrors(Encoding.UTF8.GetBytes("a: " + new string('x', 2000) + "\n"), limits));
        Assert.Equal(DiagnosticCodes.Limit, diagnostic.Code);
    }

    [Fact]
    public void Numbers_beyond_decimal_range_are_still_numbers_not_text()
    {
        // Found by the content fuzzer: `state: -3.5e300` was read as text and passed the schema.
        var root = Read("a: -3.5e300\nb: 1e999\nc: \"1e300\"\n").Root.AsObject();
        Assert.Equal(-3.5e300, root["a"]!.GetValue<double>());
        Assert.Equal(double.MaxValue, root["b"]!.GetValue<double>());
        Assert.Equal("1e300", root["c"]!.GetValue<string>());
    }

    [Fact]
    public void Plain_scalars_follow_yaml_1_2_so_yes_stays_a_word_and_dates_stay_text()
    {
        var document = Read("a: yes\nb: 18\nc: 2019-04-12\nd: \"18\"\ne: 0.5\nf: null\n");
        var root = document.Root.AsObject();
        Assert.Equal("yes", root["a"]!.GetValue<string>());
        Assert.Equal(18m, root["b"]!.GetValue<decimal>());
        Assert.Equal("2019-04-12", root["c"]!.GetValue<string>());
        Assert.Equal("18", root["d"]!.GetValue<string>());
        Assert.Equal(0.5m, root["e"]!.GetValue<decimal>());
        Assert.Null(root["f"]);
    }

    [Fact]
    public void Source_map_points_at_keys_and_values()
    {
        var document = Read("top:\n  list:\n    - first\n    - second: 2\n");
        Assert.Equal(new Position(3, 7), document.Map.ValueAt("/top/list/0"));
        Assert.Equal(new Position(4, 15), document.Map.ValueAt("/top/list/1/second"));
        Assert.Equal(new Position(4, 7), document.Map.KeyAt("/top/list/1/second"));
        Assert.Equal(new Position(2, 3), document.Map.KeyAt("/top/list"));
        // An unknown pointer falls back to its nearest known ancestor.
        Assert.Equal(new Position(3, 7), document.Map.ValueAt("/top/list/0/missing"));
    }

    private static YamlDocument Read(string text)
    {
        var diagnostics = new List<Diagnostic>();
        var document = new YamlJsonReader().Read("t.yaml", Encoding.UTF8.GetBytes(text), diagnostics);
        Assert.Empty(diagnostics);
        Assert.IsAssignableFrom<JsonNode>(document!.Root);
        return document;
    }

    private static List<Diagnostic> ReadErrors(byte[] bytes, YamlLimits? limits = null)
    {
        var diagnostics = new List<Diagnostic>();
        var document = new YamlJsonReader(limits ?? YamlLimits.Default).Read("t.yaml", bytes, diagnostics);
        Assert.True(document is null == diagnostics.Count > 0);
        return diagnostics;
    }
}
