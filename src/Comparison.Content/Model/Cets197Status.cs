namespace Comparison.Content.Model;

/// <summary>Signature, ratification and entry into force of CETS 197, and GRETA's reports.</summary>
public sealed record Cets197Status(
    DateOnly? Signed,
    DateOnly? Ratified,
    DateOnly? InForce,
    IReadOnlyList<string>? Sources,
    IReadOnlyList<GretaReport>? Greta)
{
    public IReadOnlyList<GretaReport> Reports => Greta ?? [];

    public IReadOnlyList<string> SourceIds => Sources ?? [];
}

/// <summary>A GRETA evaluation report on the jurisdiction's state.</summary>
public sealed record GretaReport(int Round, int? Year, string? Symbol, string Url);
