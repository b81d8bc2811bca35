namespace Comparison.Content.Scaffolding;

/// <summary>What `comparison new` knows about a jurisdiction before any research.</summary>
public sealed record NewJurisdictionRequest(
    string Id,
    string Name,
    string? NativeName = null,
    string? State = null,
    IReadOnlyList<string>? Languages = null);
