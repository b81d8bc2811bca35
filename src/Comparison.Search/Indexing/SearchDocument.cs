namespace Comparison.Search.Indexing;

/// <summary>What a search can find, before it becomes a Lucene document.</summary>
public enum DocumentKind
{
    Jurisdiction,
    Answer,
    Provision,
    Source,
}

/// <summary>
/// One findable thing (<see cref="Keywords"/> are searched with the title but not shown): a jurisdiction's names, one answer (current or historical) to one
/// question, a provision, or a source. Valid from <see cref="ValidFrom"/> to
/// <see cref="ValidUntil"/> (inclusive, null = open), so "as of" filters apply to the index too.
/// </summary>
public sealed record SearchDocument(
    DocumentKind Kind,
    string JurisdictionId,
    string JurisdictionName,
    string Title,
    string Permalink,
    string? QuestionId,
    string? QuestionGroup,
    string? ProvisionId,
    string? SourceId,
    string? Value,
    IReadOnlyList<string> Memberships,
    string EnglishText,
    string? OriginalLanguage,
    string? OriginalText,
    string Citations,
    DateOnly? ValidFrom,
    DateOnly? ValidUntil,
    bool IsCurrent,
    string Keywords = "");
