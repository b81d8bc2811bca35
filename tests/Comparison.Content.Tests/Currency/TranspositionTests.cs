using Comparison.Content.Currency;
using Comparison.Content.Model;
using Comparison.Content.Tests.Support;

namespace Comparison.Content.Tests.Currency;

/// <summary>
/// An EU member's answer that cites only texts dated before a directive's passed transposition
/// deadline may predate the law transposing it: Directive (EU) 2024/1712 was due on 15 July 2026.
/// </summary>
public sealed class TranspositionTests
{
    private static readonly string Testland = File.ReadAllText(Path.Combine(RepositoryPaths.TestData, "valid", "zz.yaml"));
    private static readonly DateOnly AfterDeadline = new(2026, 11, 29);
    private static readonly DateOnly BeforeDeadline = new(2026, 7, 14);

    private static (ContentSet Content, Jurisdiction Zz) Load(string yaml)
    {
        using var content = new TemporaryContent().WithCountry("zz.yaml", yaml);
        var loaded = content.Load();
        Assert.NotNull(loaded.Content);
        return (loaded.Content!, Assert.Single(loaded.Content!.Jurisdictions));
    }

    private static IReadOnlyList<Instrument> Pending(string yaml, string questionId, DateOnly asOf)
    {
        var (content, zz) = Load(yaml);
        var question = content.Questions.Questions.Single(q => q.Id == questionId);
        return Transposition.Pending(content, zz, question, zz.Answers[questionId], asOf);
    }

    [Fact]
    public void An_eu_members_answer_citing_only_texts_before_a_passed_deadline_is_pending()
    {
        // Testland (an EU member) answers victim-services-offence from its statute dated 2024-07-01.
        var pending = Assert.Single(Pending(Testland, "victim-services-offence", AfterDeadline));
        Assert.Equal("dir-2024-1712", pending.Id);
        Assert.Equal(new DateOnly(2026, 7, 15), pending.TranspositionDeadline);
        Assert.Equal(2, Transposition.CountPending(Load(Testland).Content, AfterDeadline));
    }

    [Fact]
    public void Nothing_is_pending_before_the_deadline_or_once_a_later_text_is_cited()
    {
        Assert.Empty(Pending(Testland, "victim-services-offence", BeforeDeadline));
        Assert.Equal(0, Transposition.CountPending(Load(Testland).Content, BeforeDeadline));

        const string statuteDate = "    date: 2024-07-01\n";
        Assert.Contains(statuteDate, Testland);
        Assert.Empty(Pending(Testland.Replace(statuteDate, "    date: 2026-08-01\n"), "victim-services-offence", AfterDeadline));
    }

    [Fact]
    public void A_member_the_directive_does_not_bind_is_never_pending()
    {
        var (content, zz) = Load(Testland);
        var question = content.Questions.Questions.Single(q => q.Id == "victim-services-offence");
        var exempt = content with
        {
            Instruments = new InstrumentCatalog(content.Instruments.Instruments
                .Select(i => i.Id == "dir-2024-1712" ? i with { NotBinding = ["zz"] } : i).ToList()),
        };

        Assert.NotEmpty(Transposition.Pending(content, zz, question, zz.Answers["victim-services-offence"], AfterDeadline));
        Assert.Empty(Transposition.Pending(exempt, zz, question, zz.Answers["victim-services-offence"], AfterDeadline));
        Assert.Contains("dk", content.Instruments.Instruments.Single(i => i.Id == "dir-2024-1712").NotBinding!);
    }

    [Fact]
    public void A_non_member_or_an_unknown_answer_is_never_pending()
    {
        const string members = "memberships: [eu, coe]";
        Assert.Contains(members, Testland);
        Assert.Empty(Pending(Testland.Replace(members, "memberships: [coe]"), "victim-services-offence", AfterDeadline));

        // reporter-immunity is unknown in Testland; minor-purchase-offence cites a provision in force since 2024, after the 2013 deadline.
        Assert.Empty(Pending(Testland, "reporter-immunity", AfterDeadline));
        Assert.Empty(Pending(Testland, "minor-purchase-offence", AfterDeadline));
    }
}
