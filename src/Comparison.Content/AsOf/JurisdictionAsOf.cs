using Comparison.Content.Model;

namespace Comparison.Content.AsOf;

/// <summary>A jurisdiction as the law stood on <see cref="Date"/>.</summary>
public sealed record JurisdictionAsOf(
    Jurisdiction Jurisdiction,
    DateOnly Date,
    IReadOnlyDictionary<string, ResolvedAnswer> Answers,
    IReadOnlyList<Provision> ProvisionsInForce);
