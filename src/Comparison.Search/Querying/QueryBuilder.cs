using Comparison.Search.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Comparison.Search.Querying;

/// <summary>
/// Builds the Lucene query for a <see cref="UserQuery"/> without Lucene's query parser: each word
/// and each phrase must match (best field wins, others add a little), with each field's own
/// analyzer deciding what the word becomes there. Only term and phrase queries are produced, at
/// most <see cref="UserQuery.MaxParts"/> of each, so no input can make a query expensive.
/// </summary>
public sealed class QueryBuilder(IReadOnlyCollection<string> originalLanguages)
{
    private readonly (string Field, float Boost)[] fields =
    [
        (IndexFields.Citation, 4f),
        (IndexFields.Title, 2f),
        (IndexFields.Keywords, 3f),
        (IndexFields.English, 1f),
        (IndexFields.All, 0.5f),
        .. originalLanguages.Select(l => (IndexFields.Original(l), 1f)),
    ];

    /// <summary>The text part of the query; null when nothing in it can match any field.</summary>
    public Query? Build(UserQuery query, bool requireAll = true)
    {
        var parts = query.Words.Concat(query.Phrases).ToList();
        var combined = new BooleanQuery();
        var clauses = 0;
        foreach (var part in parts)
        {
            if (Part(part) is { } clause)
            {
                combined.Add(clause, requireAll ? Occur.MUST : Occur.SHOULD);
                clauses++;
            }
        }

        if (clauses == 0)
        {
            return null;
        }

        if (!requireAll)
        {
            combined.MinimumNumberShouldMatch = Math.Max(1, (clauses + 1) / 2);
        }

        return combined;
    }

    /// <summary>All filters: the date, and any of the listed values for each facet.</summary>
    public static Query Filters(SearchRequest request)
    {
        var filters = new BooleanQuery();
        if (request.AsOf is { } asOf)
        {
            var day = DayNumber(asOf);
            filters.Add(NumericRangeQuery.NewInt32Range(IndexFields.ValidFrom, int.MinValue, day, true, true), Occur.MUST);
            filters.Add(NumericRangeQuery.NewInt32Range(IndexFields.ValidUntil, day, int.MaxValue, true, true), Occur.MUST);
        }
        else
        {
            filters.Add(new MatchAllDocsQuery(), Occur.MUST);
        }

        AddAnyOf(filters, IndexFields.Country, request.Countries);
        AddAnyOf(filters, IndexFields.Question, request.Questions);
        AddAnyOf(filters, IndexFields.Value, request.Values);
        AddAnyOf(filters, IndexFields.Group, request.Groups);
        AddAnyOf(filters, IndexFields.Membership, request.Memberships);
        return filters;
    }

    public static int DayNumber(DateOnly date) => date.DayNumber;

    private Query? Part(string text)
    {
        var best = new DisjunctionMaxQuery(0.1f);
        var any = false;
        foreach (var (field, boost) in fields)
        {
            var tokens = AnalyzerCatalog.Tokens(field, text);
            if (tokens.Count == 0)
            {
                continue;
            }

            Query query;
            if (tokens.Count == 1)
            {
                query = new TermQuery(new Term(field, tokens[0]));
            }
            else
            {
                var phrase = new PhraseQuery();
                foreach (var token in tokens.Take(16))
                {
                    phrase.Add(new Term(field, token));
                }

                query = phrase;
            }

            query.Boost = boost;
            best.Add(query);
            any = true;
        }

        return any ? best : null;
    }

    private static void AddAnyOf(BooleanQuery filters, string field, IReadOnlyList<string>? values)
    {
        if (values is not { Count: > 0 })
        {
            return;
        }

        var anyOf = new BooleanQuery();
        foreach (var value in values)
        {
            anyOf.Add(new TermQuery(new Term(field, value)), Occur.SHOULD);
        }

        filters.Add(anyOf, Occur.MUST);
    }
}
