namespace Comparison.Content.Model;

/// <summary>A document an answer rests on: a statute, a judgment, a GRETA report, a study.</summary>
public sealed record Source(string Id, string Title, string Publisher, DateOnly? Date, string Url, string Kind, string? Ecli);

/// <summary>How far a file has been checked, and when.</summary>
public sealed record Review(string Status, DateOnly LastReviewed, string? Notes)
{
    public const string Draft = "draft";
    public const string Reviewed = "reviewed";
}
