namespace Comparison.Search.Querying;

/// <summary>
/// A search with its filters. Filters with several values match any of them. Without
/// <see cref="AsOf"/> every version is searched (repealed provisions and earlier answers too,
/// ranked below what is in force); with it, only what applied on that date.
/// </summary>
public sealed record SearchRequest(
    string Query,
    DateOnly? AsOf,
    IReadOnlyList<string>? Countries = null,
    IReadOnlyList<string>? Questions = null,
    IReadOnlyList<string>? Values = null,
    IReadOnlyList<string>? Groups = null,
    IReadOnlyList<string>? Memberships = null,
    int Page = 1,
    int PageSize = 10);
