namespace Comparison.Content.Model;

/// <summary>One jurisdiction file: a state, or one criminal-law system of a state.</summary>
public sealed record Jurisdiction(
    string Id,
    string Name,
    string NativeName,
    string Iso,
    string State,
    IReadOnlyList<string> Languages,
    string LegalTradition,
    IReadOnlyList<string> Memberships,
    Cets197Status Cets197,
    IReadOnlyList<Provision> Provisions,
    IReadOnlyDictionary<string, Answer> Answers,
    IReadOnlyList<Source> Sources,
    Review Review)
{
    public Provision? FindProvision(string id) => Provisions.FirstOrDefault(p => p.Id == id);

    public Source? FindSource(string id) => Sources.FirstOrDefault(s => s.Id == id);

    public bool IsMemberOf(string organisation) => Memberships.Contains(organisation);
}
