namespace Comparison.Search.Indexing;

/// <summary>
/// What the index keeps in memory per document, by Lucene doc id: enough to count facets and to
/// build a hit without reading stored fields.
/// </summary>
internal sealed record DocumentInfo(SearchDocument Document, string Kind, int Ord);
