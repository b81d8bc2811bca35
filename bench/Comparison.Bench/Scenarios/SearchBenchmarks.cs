using BenchmarkDotNet.Attributes;
using Comparison.Search;
using Comparison.Search.Querying;

namespace Comparison.Bench.Scenarios;

/// <summary>One API search as the endpoint runs it: parse the query, search, make the snippets.</summary>
public class SearchBenchmarks : ContentBenchmarks
{
    private SearchIndex index = null!;

    /// <summary>A word, a phrase, a citation, a Dutch term, a German term, and a filtered search as of a date.</summary>
    [Params("sex purchase ban", "\"buying sexual services\"", "art. 248b Sr", "ontucht minderjarige", "Minderjährige", "ban @2015-01-01 nl,de")]
    public string Query { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        index = SearchIndex.Build(LoadContent());
    }

    [GlobalCleanup]
    public void Cleanup() => index.Dispose();

    [Benchmark]
    public SearchResult ParseSearchSnippets() => index.Search(Request(Query));

    private static SearchRequest Request(string query)
    {
        // "words @date countries" stands for a search with an asOf date and a country filter.
        var parts = query.Split(" @", 2);
        if (parts.Length == 1)
        {
            return new SearchRequest(query, null);
        }

        var rest = parts[1].Split(' ');
        return new SearchRequest(parts[0], DateOnly.Parse(rest[0], System.Globalization.CultureInfo.InvariantCulture), Countries: rest[1].Split(','));
    }
}
