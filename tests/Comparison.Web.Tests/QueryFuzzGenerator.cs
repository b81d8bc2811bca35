using System.Text;

namespace Comparison.Web.Tests;

/// <summary>Request URLs with junk in each parameter, already percent-encoded so that bytes no
/// client would send (%00, a lone surrogate as %ED%A0%80, a bare %) reach the host as written.</summary>
internal sealed class QueryFuzzGenerator(int seed)
{
    private static readonly string[] Countries = ["nl", "de", "se", "gb-eaw", "fr", "ua", "xx", "NL", "nl,de", "nl,,de", ",", "gb", "../nl", "nl/../de"];
    private static readonly string[] Questions = ["minor-purchase-offence", "reporter-immunity", "article6-measures", "greta-article6-assessment", "no-such-question", "MINOR-PURCHASE-OFFENCE"];
    private static readonly string[] Values = ["yes", "no", "partial", "unknown", "not-applicable", "answered", "maybe", "YES"];
    private static readonly string[] Groups = ["minors", "reporting", "article6", "adults-and-victims", "nothing"];
    private static readonly string[] Memberships = ["eu", "coe", "eea", "nato", "EU"];
    private static readonly string[] Formats = ["csv", "json", "xml", "CSV", "", "csv;json", "../csv"];

    private static readonly string[] Dates =
    [
        "2019-04-12", "2008-02-01", "2008-01-31", "2026-11-28", "2026-11-29", "0000-00-00", "0001-01-01", "9999-12-31", "2019-02-30",
        "2019-4-12", "12/04/2019", "2019-04-12T00:00:00Z", "20190412", "-1", "yesterday", "2019-04-12 ", " 2019-04-12", "٢٠١٩-٠٤-١٢",
    ];

    private static readonly string[] Numbers =
    [
        "1", "2", "0", "-1", "10000", "10001", "100", "101", "2147483647", "2147483648", "-2147483648", "-2147483649",
        "99999999999999999999", "1e3", "0x10", "1.5", "one", "", " 1", "+1", "١",
    ];

    private static readonly string[] QueryText =
    [
        "minor", "sex purchase ban", "Nordic model", "\"quoted phrase\"", "\"unbalanced", "\"", "\"\"", "\"a\" \"b", "a AND b", "a OR b", "NOT a",
        "title:foo", "*", "?", "foo*", "*foo", "fo?o", "foo~", "foo~0.5", "foo~2", "/reg.*ex/", "/", "//", "[a TO z]", "{a TO z}", "[", "]", "{", "}",
        "(((", ")))", "(a", "\\", "\\\"", "+-&&||!(){}[]^\"~*?:\\/", "^2", "foo^10", "*:*", "_id:1", "ECLI:NL:GHDHA:2018:2601", "§ 232a (6)",
        "225-12-1", "600-bis", "s.53A", "&", "=", "#", "%", "%%", "a\u0001b\u0007\u001b", "\r\n", "\t", "\u200F\u202Eabc", "\uFEFF", "\uFFFF",
        "e\u0301\u0301\u0301\u0301", "👍🏽", "仕事", "بيع الجنس", "Ζ", "Code pénal", "straf  recht", "   ",
    ];

    /// <summary>Fragments written into the URL as they stand: invalid percent-encodings and raw bytes.</summary>
    private static readonly string[] RawFragments =
        ["%00", "a%00b", "%ED%A0%80", "%ED%B0%80", "%C0%AF", "%FF", "%", "%zz", "%2", "+", "%2B", "%0D%0A", "%E2%80%AE", "%EF%BF%BE", "%F4%90%80%80", "%25", "%26q%3D"];

    private readonly Random random = new(seed);

    public string Next() => random.Next(13) switch
    {
        < 4 => "/api/v1/search" + Query(("q", Text), ("country", () => List(Countries)), ("question", () => List(Questions)), ("value", () => List(Values)),
            ("group", () => List(Groups)), ("membership", () => List(Memberships)), ("asOf", Date), ("page", Number), ("pageSize", Number)),
        4 => "/api/v1/countries/" + Segment(Countries) + Query(("asOf", Date)),
        5 => "/api/v1/questions/" + Segment(Questions) + Query(("asOf", Date)),
        6 => "/api/v1/compare" + Query(("countries", () => List(Countries)), ("questions", () => List(Questions)), ("asOf", Date)),
        7 => "/api/v1/export" + Query(("format", () => Pick(Formats)), ("asOf", Date)),
        8 => (random.Next(2) == 0 ? "/api/v1/countries" : "/api/v1/questions") + Query(("asOf", Date)),
        9 => "/api/v1/search" + Query(("q", Text), ("page", Number), ("pageSize", Number)),
        10 => "/api/v1/gaps" + Query(("country", () => List(Countries))),

        // The query alone, so that junk text reaches the search itself rather than stopping at
        // a bad filter.
        _ => "/api/v1/search?q=" + Text(),
    };

    private string Query(params (string Name, Func<string> Value)[] parameters)
    {
        var parts = new List<string>();
        foreach (var (name, value) in parameters)
        {
            // Each parameter is absent, given once, or repeated (sometimes many times).
            var times = random.Next(10) switch { < 4 => 0, < 8 => 1, 8 => 2, _ => random.Next(3, 200) };
            for (var i = 0; i < times; i++)
            {
                parts.Add($"{name}={value()}");
            }
        }

        if (random.Next(20) == 0)
        {
            parts.Add($"{Junk()}={Junk()}");
        }

        return parts.Count == 0 ? string.Empty : "?" + string.Join('&', parts);
    }

    private string Text() => random.Next(12) switch
    {
        0 => Encode(new string(Pick(["a", "ab ", "\"", "*", "é", "(", "\u0301"])[0], 5_000)),
        1 => Encode(string.Join(' ', Enumerable.Range(0, random.Next(30, 40)).Select(i => $"w{i}"))),
        2 => Encode(new string('x', random.Next(498, 503))),
        3 => Junk(),
        4 => Encode(Pick(QueryText)) + Junk() + Encode(Pick(QueryText)),
        _ => Encode(string.Join(' ', Enumerable.Range(0, random.Next(1, 4)).Select(_ => Pick(QueryText)))),
    };

    private string Date() => random.Next(6) == 0 ? Junk() : Encode(Pick(Dates));

    private string Number() => random.Next(8) == 0 ? Junk() : Encode(Pick(Numbers));

    private string List(string[] known)
    {
        var items = Enumerable.Range(0, random.Next(1, 4)).Select(_ => random.Next(5) == 0 ? Junk() : Encode(Pick(known)));
        return string.Join(random.Next(4) == 0 ? "%2C" : ",", items);
    }

    // A NUL in the path never reaches the application: Kestrel refuses the request line with 400
    // itself, and the in-process test server throws in the client instead. So paths carry every
    // other junk; NUL is tried in query strings, where it does reach the application.
    private string Segment(string[] known) => random.Next(3) switch
    {
        0 => Junk().Replace("%00", "%01", StringComparison.Ordinal),
        1 => Encode(Pick(QueryText)),
        _ => Encode(Pick(known)),
    };

    private string Junk() => random.Next(4) switch
    {
        0 => Pick(RawFragments),
        1 => Pick(RawFragments) + Encode(Pick(QueryText)) + Pick(RawFragments),
        2 => Encode(RandomText(random.Next(1, 40))),
        _ => Encode(new string('\u0301', random.Next(1, 2_000))),
    };

    private string RandomText(int length)
    {
        var text = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            // Any code point outside the surrogate range: controls, RTL marks, private use, emoji.
            var codePoint = random.Next(3) == 0 ? random.Next(0x20, 0x7F) : random.Next(0, 0x10FFFF);
            text.Append(codePoint is >= 0xD800 and <= 0xDFFF ? "\uFFFD" : char.ConvertFromUtf32(codePoint));
        }

        return text.ToString();
    }

    private string Pick(string[] values) => values[random.Next(values.Length)];

    private static string Encode(string value) => Uri.EscapeDataString(value);
}
