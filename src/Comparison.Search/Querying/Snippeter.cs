using Comparison.Search.Analysis;
using Comparison.Search.Indexing;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;

namespace Comparison.Search.Querying;

/// <summary>
/// Makes the snippets of one page of hits: HTML-escaped text with &lt;mark&gt; around the words
/// that matched. One highlighter per field per search, reused for every hit on the page; a
/// term scorer (not a span scorer) because extracting phrase spans re-indexes each text.
/// </summary>
internal sealed class Snippeter(Query? query)
{
    private const int FragmentSize = 180;
    private const int MaxSnippets = 2;
    private static readonly SimpleHTMLEncoder Encoder = new();
    private readonly Dictionary<string, Highlighter> highlighters = new(StringComparer.Ordinal);

    public IReadOnlyList<string> For(SearchDocument document)
    {
        var candidates = new List<(string Field, string Text)>(2);
        if (document.OriginalText is { Length: > 0 } original && document.OriginalLanguage is { } language)
        {
            candidates.Add((IndexFields.Original(language), original));
        }

        if (document.EnglishText.Length > 0)
        {
            candidates.Add((IndexFields.English, document.EnglishText));
        }

        var snippets = new List<string>(MaxSnippets);
        if (query is not null)
        {
            foreach (var (field, text) in candidates)
            {
                snippets.AddRange(Highlight(field, text));
                if (snippets.Count >= MaxSnippets)
                {
                    break;
                }
            }

            if (snippets.Count == 0)
            {
                // Accent-insensitive or citation matches show through the folding analyzer.
                foreach (var (_, text) in candidates)
                {
                    snippets.AddRange(Highlight(IndexFields.All, text));
                }
            }
        }

        if (snippets.Count == 0 && candidates.Count > 0)
        {
            var text = candidates[^1].Text;
            snippets.Add(Encoder.EncodeText(text.Length > FragmentSize ? text[..FragmentSize] + "…" : text));
        }

        return snippets.Take(MaxSnippets).ToList();
    }

    private IEnumerable<string> Highlight(string field, string text)
    {
        if (!highlighters.TryGetValue(field, out var highlighter))
        {
            highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), Encoder, new QueryTermScorer(query, field))
            {
                TextFragmenter = new SimpleFragmenter(FragmentSize),
                MaxDocCharsToAnalyze = 64 * 1024,
            };
            highlighters[field] = highlighter;
        }

        using var stream = AnalyzerCatalog.ForField(field).GetTokenStream(field, new StringReader(text));
        return highlighter.GetBestFragments(stream, text, MaxSnippets).Where(f => f.Contains("<mark>", StringComparison.Ordinal)).ToList();
    }
}
