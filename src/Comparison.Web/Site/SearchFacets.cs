using Comparison.Content.Model;
using Comparison.Search.Querying;
using Comparison.Site;
using Microsoft.AspNetCore.WebUtilities;

namespace Comparison.Web.Site;

/// <summary>Facet counts as links: each adds its value to the current search's filters.</summary>
internal static class SearchFacets
{
    public static IReadOnlyList<SearchFacet> Of(Facets facets, ContentSet content, string q, DateOnly? asOf, IReadOnlyDictionary<string, string[]> filters)
    {
        string Href(string parameter, string value)
        {
            var parameters = new List<KeyValuePair<string, string?>> { new("q", q) };
            if (asOf is { } date)
            {
                parameters.Add(new("asOf", date.ToString("yyyy-MM-dd")));
            }

            foreach (var (name, values) in filters)
            {
                var all = name == parameter ? values.Append(value).Distinct() : values;
                parameters.AddRange(all.Select(v => new KeyValuePair<string, string?>(name, v)));
            }

            return QueryHelpers.AddQueryString("/search/", parameters);
        }

        SearchFacet Facet(string name, string parameter, IReadOnlyList<FacetCount> counts, Func<string, string> label) =>
            new(name, counts.Take(20).Select(c => (c.Value, label(c.Value), c.Count, Href(parameter, c.Value))).ToList());

        return
        [
            Facet("Jurisdiction", "country", facets.Country, id => content.FindJurisdiction(id)?.Name ?? id),
            Facet("Question", "question", facets.Question, id => content.Questions.Find(id)?.Title ?? id),
            Facet("Answer", "value", facets.Value, v => v),
            Facet("Topic", "group", facets.Group, id => content.Questions.Groups.FirstOrDefault(g => g.Id == id)?.Title ?? id),
            Facet("Membership", "membership", facets.Membership, m => m switch { "eu" => "European Union", "coe" => "Council of Europe", "eea" => "EEA", _ => m }),
        ];
    }
}
