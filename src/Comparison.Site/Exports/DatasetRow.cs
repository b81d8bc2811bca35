namespace Comparison.Site.Exports;

/// <summary>One row of the export: one jurisdiction's answer to one question, as of a date.</summary>
public sealed record DatasetRow(
    string JurisdictionId,
    string Jurisdiction,
    string State,
    string Memberships,
    string QuestionId,
    string Question,
    string Group,
    string Value,
    string? Since,
    string? SinceBasis,
    string? Until,
    string Summary,
    string Provisions,
    string Sources,
    string SourceUrls,
    string ReviewStatus,
    string LastReviewed,
    string? Checked = null);
