namespace Comparison.Search.Analysis;

/// <summary>The index's field names, in one place.</summary>
public static class IndexFields
{
    // Identity and filters (not analysed).
    public const string Ord = "ord";
    public const string Kind = "kind";
    public const string Country = "country";
    public const string Question = "question";
    public const string Group = "group";
    public const string Value = "value";
    public const string Membership = "membership";
    public const string ValidFrom = "valid_from";
    public const string ValidUntil = "valid_until";

    // Searched text.
    public const string Title = "title";
    public const string Keywords = "keywords";
    public const string English = "en";
    public const string Citation = "cite";
    public const string All = "all";

    /// <summary>Original-language text goes to one field per language, each with its own analyzer.</summary>
    public const string OriginalPrefix = "orig_";

    public static string Original(string language) => OriginalPrefix + language;
}
