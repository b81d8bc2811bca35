namespace Comparison.Content.Model;

/// <summary>
/// One complete, validated build of the content tree: immutable, so a host can swap a whole
/// snapshot atomically and every request sees one consistent version.
/// </summary>
public sealed record ContentSet(
    QuestionCatalog Questions,
    InstrumentCatalog Instruments,
    IReadOnlyList<Jurisdiction> Jurisdictions,
    string Version)
{
    public Jurisdiction? FindJurisdiction(string id) =>
        Jurisdictions.FirstOrDefault(j => string.Equals(j.Id, id, StringComparison.OrdinalIgnoreCase));
}
