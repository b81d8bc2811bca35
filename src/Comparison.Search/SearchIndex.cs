using Comparison.Content.Model;
using Comparison.Search.Analysis;
using Comparison.Search.Indexing;
using Comparison.Search.Querying;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace Comparison.Search;

/// <summary>
/// An immutable, in-memory Lucene index of one content snapshot. Built once per snapshot
/// (<see cref="Build"/>), then searched from any number of threads; a rebuild makes a new
/// instance, so a request never sees a half-built index.
/// </summary>
public sealed class SearchIndex : IDisposable
{
    private static readonly TimeSpan SearchTimeLimit = TimeSpan.FromMilliseconds(250);

    private readonly RAMDirectory directory;
    private readonly DirectoryReader reader;
    private readonly IndexSearcher searcher;
    private readonly DocumentInfo[] documents;
    private readonly QueryBuilder queries;

    private SearchIndex(RAMDirectory directory, DirectoryReader reader, DocumentInfo[] documents, IReadOnlyCollection<string> languages,
        IndexBuildStatistics statistics)
    {
        Statistics = statistics;
        this.directory = directory;
        this.reader = reader;
        searcher = new IndexSearcher(reader);
        this.documents = documents;
        queries = new QueryBuilder(languages);
    }

    public int DocumentCount => documents.Length;

    /// <summary>How long each step of the build took, for benchmarks and the start-up log.</summary>
    public IndexBuildStatistics Statistics { get; }

    public static SearchIndex Build(ContentSet content)
    {
        var timer = System.Diagnostics.Stopwatch.StartNew();
        var all = SearchDocumentBuilder.From(content).ToList();
        var documentsMs = timer.Elapsed.TotalMilliseconds;
        var languages = all.Select(d => d.OriginalLanguage).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var directory = new RAMDirectory();
        double addMs;
        var config = new IndexWriterConfig(AnalyzerCatalog.Version, AnalyzerCatalog.PerField(languages))
        {
            OpenMode = OpenMode.CREATE,
            // No flushes while adding: one in-memory segment, nothing to merge.
            RAMBufferSizeMB = 256,
            MaxBufferedDocs = IndexWriterConfig.DISABLE_AUTO_FLUSH,
            UseCompoundFile = false,
        };
        using (var writer = new IndexWriter(directory, config))
        {
            // One thread on purpose: with several, documents land in segments by scheduling and
            // float sums can differ in the last bit, which would reorder tied hits between builds.
            for (var ord = 0; ord < all.Count; ord++)
            {
                writer.AddDocument(ToLucene(all[ord], ord));
            }

            addMs = timer.Elapsed.TotalMilliseconds - documentsMs;
            writer.Commit();
        }

        var commitMs = timer.Elapsed.TotalMilliseconds - documentsMs - addMs;

        var reader = DirectoryReader.Open(directory);
        var byDocId = new DocumentInfo[reader.MaxDoc];
        var ords = MultiDocValues.GetNumericValues(reader, IndexFields.Ord);
        for (var docId = 0; docId < reader.MaxDoc; docId++)
        {
            var ord = (int)ords.Get(docId);
            byDocId[docId] = new DocumentInfo(all[ord], KindName(all[ord].Kind), ord);
        }

        var statistics = new IndexBuildStatistics(all.Count, documentsMs, addMs, commitMs, timer.Elapsed.TotalMilliseconds);
        return new SearchIndex(directory, reader, byDocId, languages, statistics);
    }

    public SearchResult Search(SearchRequest request)
    {
        var text = UserQuery.Parse(request.Query);
        var filters = QueryBuilder.Filters(request);
        Query? textQuery = text.IsEmpty ? null : queries.Build(text);
        if (!text.IsEmpty && textQuery is null)
        {
            return Empty();
        }

        var (matches, timedOut) = Collect(Combine(textQuery, filters));
        if (matches.Count == 0 && textQuery is not null && text.Words.Count + text.Phrases.Count > 1)
        {
            // Nothing has every word: fall back to hits with at least half of them, best first.
            textQuery = queries.Build(text, requireAll: false);
            (matches, timedOut) = Collect(Combine(textQuery, filters));
        }

        matches = matches.Select(m => (m.DocId, m.Score * Weight(documents[m.DocId].Document))).ToList();
        // Ties break on the document's place in the content, not on Lucene's doc id, which
        // depends on which indexing thread took the document.
        matches.Sort((a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : documents[a.DocId].Ord.CompareTo(documents[b.DocId].Ord));
        var snippets = new Snippeter(textQuery);
        var page = matches.Skip((request.Page - 1) * request.PageSize).Take(request.PageSize)
            .Select(m => ToHit(m.DocId, m.Score, snippets)).ToList();
        return new SearchResult(matches.Count, page, CountFacets(matches), timedOut);
    }

    /// <summary>
    /// Answers, provisions and jurisdictions are what a reader looks for; a source usually
    /// matters through them. What no longer applies ranks below what does. Among answers, a
    /// search names a legal concept, so states where it exists in law (yes, partial) come before
    /// states where it does not (no), and those before answers nobody has established (unknown).
    /// </summary>
    private static float Weight(SearchDocument document) =>
        (document.Kind == DocumentKind.Source ? 0.3f : 1f)
        * (document.IsCurrent ? 1f : 0.7f)
        * document.Value switch
        {
            "yes" => 1f,
            "partial" => 0.95f,
            "no" => 0.85f,
            AnswerValue.NotApplicable => 0.7f,
            AnswerValue.Unknown => 0.5f,
            _ => 1f,
        };

    /// <summary>
    /// Runs one search of every shape the API can ask for (one word, many words with no hit so
    /// the any-half retry runs, a phrase, each filter, a date, a later page, filters alone, other scripts), so
    /// the first reader's request does not pay for the JIT of that path (docs/reliability.md).
    /// </summary>
    public void WarmUp()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        SearchRequest[] shapes =
        [
            new("minor", null),
            new("purchase sexual services minor penalty", today, PageSize: 100),
            new("w0 w1 w2 w3 w4 w5 w6 w7 w8 w9 w10 w11 w12 w13 w14 w15", null),
            new("\"sexual services\" 248b § 232a ECLI:NL:GHDHA:2018:2601", null, Page: 2),
            new("report", today, ["nl", "de"], ["reporter-immunity"], ["yes", "no"], ["reporting"], ["eu", "coe"]),
            new(string.Empty, null, Values: ["unknown"]),

            // Other scripts, accents and combining marks take other paths through the tokenizers and folding.
            new("بيع الجنس 仕事 Ζήτηση Straftat pénal e\u0301 👍🏽 225-12-1", null),
        ];
        foreach (var shape in shapes)
        {
            Search(shape);
        }
    }

    public void Dispose()
    {
        reader.Dispose();
        directory.Dispose();
    }

    private static Query Combine(Query? text, Query filters)
    {
        var query = new BooleanQuery();
        if (text is not null)
        {
            query.Add(text, Occur.MUST);
        }

        // Filters narrow the hits but must not change the score.
        query.Add(new ConstantScoreQuery(filters) { Boost = 0f }, Occur.MUST);
        return query;
    }

    private (List<(int DocId, float Score)> Matches, bool TimedOut) Collect(Query query)
    {
        var collector = new AllHitsCollector();
        var limited = new TimeLimitingCollector(collector, TimeLimitingCollector.GlobalCounter, (long)SearchTimeLimit.TotalMilliseconds);
        try
        {
            searcher.Search(query, limited);
            return (collector.Hits, false);
        }
        catch (TimeLimitingCollector.TimeExceededException)
        {
            return (collector.Hits, true);
        }
    }

    private SearchHit ToHit(int docId, float score, Snippeter snippets)
    {
        var info = documents[docId];
        var d = info.Document;
        return new SearchHit(info.Kind, d.JurisdictionId, d.JurisdictionName, d.QuestionId, d.ProvisionId, d.SourceId, d.Title, d.Value,
            d.Permalink, d.ValidFrom, d.ValidUntil, score, snippets.For(d));
    }

    private Facets CountFacets(List<(int DocId, float Score)> matches)
    {
        var hits = matches.Select(m => documents[m.DocId]).ToList();
        return new Facets(
            Count(hits.Select(h => h.Kind)),
            Count(hits.Select(h => h.Document.JurisdictionId)),
            Count(hits.Select(h => h.Document.QuestionId).OfType<string>()),
            Count(hits.Select(h => h.Document.Value).OfType<string>()),
            Count(hits.Select(h => h.Document.QuestionGroup).OfType<string>()),
            Count(hits.SelectMany(h => h.Document.Memberships)));
    }

    private static IReadOnlyList<FacetCount> Count(IEnumerable<string> values) =>
        values.GroupBy(v => v, StringComparer.Ordinal)
            .Select(g => new FacetCount(g.Key, g.Count()))
            .OrderByDescending(f => f.Count).ThenBy(f => f.Value, StringComparer.Ordinal)
            .ToList();

    private SearchResult Empty() => new(0, [], CountFacets([]), false);

    private static Document ToLucene(SearchDocument d, int ord)
    {
        var document = new Document
        {
            new NumericDocValuesField(IndexFields.Ord, ord),
            new StringField(IndexFields.Kind, KindName(d.Kind), Field.Store.NO),
            new StringField(IndexFields.Country, d.JurisdictionId, Field.Store.NO),
            new Int32Field(IndexFields.ValidFrom, d.ValidFrom is { } from ? QueryBuilder.DayNumber(from) : int.MinValue, Field.Store.NO),
            new Int32Field(IndexFields.ValidUntil, d.ValidUntil is { } until ? QueryBuilder.DayNumber(until) : int.MaxValue, Field.Store.NO),
            new TextField(IndexFields.Title, d.Title, Field.Store.NO),
            new TextField(IndexFields.Keywords, d.Keywords, Field.Store.NO),
            new TextField(IndexFields.English, d.EnglishText, Field.Store.NO),
            new TextField(IndexFields.Citation, d.Citations, Field.Store.NO),
            new TextField(IndexFields.All, string.Join(" ", d.Title, d.EnglishText, d.OriginalText, d.Citations), Field.Store.NO),
        };
        AddIfPresent(document, IndexFields.Question, d.QuestionId);
        AddIfPresent(document, IndexFields.Group, d.QuestionGroup);
        foreach (var value in (d.Value ?? string.Empty).Split(", ", StringSplitOptions.RemoveEmptyEntries).Append(d.Value).OfType<string>().Distinct())
        {
            document.Add(new StringField(IndexFields.Value, value, Field.Store.NO));
        }

        foreach (var membership in d.Memberships)
        {
            document.Add(new StringField(IndexFields.Membership, membership, Field.Store.NO));
        }

        if (d.OriginalText is { Length: > 0 } original && d.OriginalLanguage is { } language)
        {
            document.Add(new TextField(IndexFields.Original(language), original, Field.Store.NO));
        }

        return document;
    }

    private static void AddIfPresent(Document document, string field, string? value)
    {
        if (value is not null)
        {
            document.Add(new StringField(field, value, Field.Store.NO));
        }
    }

    private static string KindName(DocumentKind kind) => kind.ToString().ToLowerInvariant();

    /// <summary>Collects every hit with its score; the index is small enough to rank all of them.</summary>
    private sealed class AllHitsCollector : ICollector
    {
        private Scorer? scorer;
        private int docBase;

        public List<(int DocId, float Score)> Hits { get; } = [];

        public bool AcceptsDocsOutOfOrder => true;

        public void SetScorer(Scorer scorer) => this.scorer = scorer;

        public void Collect(int doc) => Hits.Add((docBase + doc, scorer?.GetScore() ?? 0f));

        public void SetNextReader(AtomicReaderContext context) => docBase = context.DocBase;
    }
}
