using System.Text.RegularExpressions;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Pattern;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace Comparison.Search.Analysis;

/// <summary>
/// One analyzer per field: English text stemmed as English, each original-language text by its
/// language's analyzer (a folding analyzer where Lucene has none), citations kept whole.
/// The same wrapper serves indexing, query building and highlighting, so they always agree.
/// </summary>
public static class AnalyzerCatalog
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>
    /// Citations as typed: "248b", "225-12-1", "600-bis", "s.53a", "ECLI:NL:GHDHA:2018:2601" stay one
    /// token each, lower-cased and accent-folded.
    /// </summary>
    public static readonly Regex CitationToken = new(@"[\p{L}\p{N}]+(?:[-.:/][\p{L}\p{N}]+)*", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    public static Analyzer Folding { get; } = Analyzer.NewAnonymous((_, reader) =>
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = new LowerCaseFilter(Version, tokenizer);
        stream = new ASCIIFoldingFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    });

    public static Analyzer Citations { get; } = Analyzer.NewAnonymous((_, reader) =>
    {
        var tokenizer = new PatternTokenizer(reader, CitationToken, 0);
        TokenStream stream = new LowerCaseFilter(Version, tokenizer);
        stream = new ASCIIFoldingFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    });

    public static Analyzer English { get; } = new Lucene.Net.Analysis.En.EnglishAnalyzer(Version);

    private static readonly Dictionary<string, Analyzer> ByLanguage = new(StringComparer.Ordinal)
    {
        ["nl"] = new Lucene.Net.Analysis.Nl.DutchAnalyzer(Version),
        ["de"] = new Lucene.Net.Analysis.De.GermanAnalyzer(Version),
        ["fr"] = new Lucene.Net.Analysis.Fr.FrenchAnalyzer(Version),
        ["sv"] = new Lucene.Net.Analysis.Sv.SwedishAnalyzer(Version),
        ["da"] = new Lucene.Net.Analysis.Da.DanishAnalyzer(Version),
        ["no"] = new Lucene.Net.Analysis.No.NorwegianAnalyzer(Version),
        ["nb"] = new Lucene.Net.Analysis.No.NorwegianAnalyzer(Version),
        ["fi"] = new Lucene.Net.Analysis.Fi.FinnishAnalyzer(Version),
        ["it"] = new Lucene.Net.Analysis.It.ItalianAnalyzer(Version),
        ["es"] = new Lucene.Net.Analysis.Es.SpanishAnalyzer(Version),
        ["pt"] = new Lucene.Net.Analysis.Pt.PortugueseAnalyzer(Version),
        ["ro"] = new Lucene.Net.Analysis.Ro.RomanianAnalyzer(Version),
        ["hu"] = new Lucene.Net.Analysis.Hu.HungarianAnalyzer(Version),
        ["cs"] = new Lucene.Net.Analysis.Cz.CzechAnalyzer(Version),
        ["bg"] = new Lucene.Net.Analysis.Bg.BulgarianAnalyzer(Version),
        ["lv"] = new Lucene.Net.Analysis.Lv.LatvianAnalyzer(Version),
        ["el"] = new Lucene.Net.Analysis.El.GreekAnalyzer(Version),
        ["tr"] = new Lucene.Net.Analysis.Tr.TurkishAnalyzer(Version),
        ["hy"] = new Lucene.Net.Analysis.Hy.ArmenianAnalyzer(Version),
        ["ca"] = new Lucene.Net.Analysis.Ca.CatalanAnalyzer(Version),
        ["ga"] = new Lucene.Net.Analysis.Ga.IrishAnalyzer(Version),
        ["ru"] = new Lucene.Net.Analysis.Ru.RussianAnalyzer(Version),
        ["en"] = English,
    };

    /// <summary>The analyzer for a language's original text; the folding analyzer where Lucene has none.</summary>
    public static Analyzer ForLanguage(string language) => ByLanguage.GetValueOrDefault(language, Folding);

    /// <summary>The analyzer for any field of the index.</summary>
    public static Analyzer ForField(string field) => field switch
    {
        IndexFields.English or IndexFields.Keywords => English,
        IndexFields.Citation => Citations,
        IndexFields.Title or IndexFields.All => Folding,
        _ when field.StartsWith(IndexFields.OriginalPrefix, StringComparison.Ordinal) => ForLanguage(field[IndexFields.OriginalPrefix.Length..]),
        _ => new KeywordAnalyzer(),
    };

    /// <summary>Every field's analyzer behind one object, as IndexWriter wants it.</summary>
    public static Analyzer PerField(IEnumerable<string> languages) =>
        new PerFieldAnalyzerWrapper(Folding, new Dictionary<string, Analyzer>
        {
            [IndexFields.English] = English,
            [IndexFields.Keywords] = English,
            [IndexFields.Citation] = Citations,
            [IndexFields.Title] = Folding,
            [IndexFields.All] = Folding,
        }.Concat(languages.Distinct().Select(l => new KeyValuePair<string, Analyzer>(IndexFields.Original(l), ForLanguage(l))))
         .ToDictionary(p => p.Key, p => p.Value));

    /// <summary>The tokens a field's analyzer makes of a text: how a query term is turned into index terms.</summary>
    public static IReadOnlyList<string> Tokens(string field, string text)
    {
        var tokens = new List<string>();
        using var stream = ForField(field).GetTokenStream(field, new StringReader(text));
        var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add(term.ToString());
        }

        stream.End();
        return tokens;
    }
}
