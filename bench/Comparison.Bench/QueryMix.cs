namespace Comparison.Bench;

/// <summary>Realistic queries: citations, English concepts, Dutch and German legal words, phrases, filters, dates.</summary>
internal static class QueryMix
{
    public static readonly (string Query, string? AsOf, string? Country, string? Question)[] Queries =
    [
        ("248b", null, null, null), ("art. 248b Sr", null, null, null), ("ECLI:NL:GHDHA:2018:2601", null, null, null),
        ("§ 232a (6)", null, null, null), ("600-bis", null, null, null), ("225-12-1", null, null, null), ("s.53A", null, null, null),
        ("sex purchase ban", null, null, null), ("reporter immunity", null, null, null), ("ontucht minderjarige", null, null, null),
        ("Minderjährige Prostitution", null, null, null), ("köp av sexuell handling", null, null, null), ("Code pénal", null, null, null),
        ("Code penal", null, null, null), ("\"buying sexual services\"", null, null, null), ("decoy", null, null, null),
        ("trafficking victim services", null, null, null), ("GRETA Article 6", null, null, null), ("awareness campaign", null, null, null),
        ("Netherlands", null, null, null), ("Sverige", null, null, null), ("mandatory reporting", null, null, null),
        ("248b", "2019-04-12", "nl", null), ("ban", "2015-01-01", null, "adult-purchase-offence"), ("minor", null, "de,at,ch", null),
        ("prostitution", null, null, "minor-purchase-offence"), ("penalty", "2019-04-12", null, "minor-purchase-max-penalty"),
        ("Wet seksuele misdrijven", null, null, null), ("Schiedamse kelderbox", null, null, null), ("prostitución menores", null, null, null),
        ("prostituzione minorile", null, null, null), ("seksuele uitbuiting", null, null, null), ("Sexual Offences Act", null, null, null),
        ("Nordic model", null, null, null), ("client criminalisation", "2026-11-28", null, null), ("child prostitution client", null, null, null),
        ("undercover online", null, null, null), ("Lanzarote", null, null, null), ("Directive 2011/36", null, null, null),
        ("knowingly", null, null, "victim-services-knowledge"), ("negligence", null, null, null), ("strict liability", null, null, null),
        ("Iceland", null, null, null), ("Israel", null, null, null), ("Türkiye", null, null, null), ("Scotland", null, null, null),
        ("Northern Ireland purchase", null, null, null), ("Ireland 2017", null, null, null), ("France 2016", null, null, null),
        ("zzzz nothing matches", null, null, null),
    ];
}
