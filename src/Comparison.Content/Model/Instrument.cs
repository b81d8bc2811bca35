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
    string Url);

/// <summary>The contents of instruments.yaml.</summary>
public sealed record InstrumentCatalog(IReadOnlyList<Instrument> Instruments);
