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

    /// <summary>The day CETS 197 itself entered into force (Article 42(3)).</summary>
    public static readonly DateOnly ConventionInForce = new(2008, 2, 1);

    /// <summary>
    /// The entry into force for a state that deposited its ratification on <paramref name="ratified"/>:
    /// the first day of the month after three months from the deposit (Article 42(3) and (4)),
    /// and never before the Convention itself entered into force.
    /// </summary>
    public static DateOnly EntryIntoForceAfter(DateOnly ratified)
    {
        var periodEnds = ratified.AddMonths(3);
        var followingMonth = new DateOnly(periodEnds.Year, periodEnds.Month, 1).AddMonths(1);
        return followingMonth < ConventionInForce ? ConventionInForce : followingMonth;
    }
}

/// <summary>A GRETA evaluation report on the jurisdiction's state.</summary>
public sealed record GretaReport(int Round, int? Year, string? Symbol, string Url);
