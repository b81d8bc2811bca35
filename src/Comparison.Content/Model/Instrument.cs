namespace Comparison.Content.Model;

/// <summary>An article of an international instrument that questions refer to.</summary>
public sealed record Instrument(
    string Id,
    string Title,
    string Short,
    string Article,
    string Summary,
    DateOnly? Adopted,
    DateOnly? InForce,
    DateOnly? TranspositionDeadline,
    string Url,
    IReadOnlyList<string>? NotBinding = null)
{
    /// <summary>Whether the instrument binds a jurisdiction that is a member of the organisation it belongs to.</summary>
    public bool Binds(string jurisdictionId) => NotBinding is null || !NotBinding.Contains(jurisdictionId, StringComparer.Ordinal);
}

/// <summary>The contents of instruments.yaml.</summary>
public sealed record InstrumentCatalog(IReadOnlyList<Instrument> Instruments);
