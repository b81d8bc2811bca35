using Comparison.Content.Model;
using Comparison.Search.Querying;

namespace Comparison.Web.Api.Contracts;

// The JSON the API returns. Every response names the data version (a hash of the content) and
// the date it answers for, so a citation of the API is reproducible.

public sealed record Cets197Dto(DateOnly? Signed, DateOnly? Ratified, DateOnly? InForce, IReadOnlyList<GretaReport> Greta);

public sealed record ReviewDto(string Status, DateOnly LastReviewed, string? Notes);

public sealed record CountrySummaryDto(
    string Id, string Name, string NativeName, string Iso, string State, IReadOnlyList<string> Memberships,
    Cets197Dto Cets197, ReviewDto Review, string Url);

public sealed record CountriesResponse(string DataVersion, DateOnly AsOf, int Count, IReadOnlyList<CountrySummaryDto> Countries);

public sealed record ProvisionDto(
    string Id, string Citation, string Title, string? Language, string? Text, string? Translation, bool TranslationIsUnofficial,
    string? Url, DateOnly? From, DateOnly? Until, string? ReplacedBy);

public sealed record SourceDto(string Id, string Title, string Publisher, DateOnly? Date, string Url, string Kind, string? Ecli);

/// <summary>
/// An answer as of the requested date. <c>Recorded</c> is false when nothing is recorded for it;
/// <c>Checked</c> is the date a second reader checked it against its primary texts (null: draft).
/// <c>SinceBasis</c> says what <c>Since</c> is: <c>in-force</c>, the day the value took effect, or
/// <c>earliest-text</c>, only the date of the earliest text read that shows it (null without a date).
/// <c>MayPredate</c> lists the directives (instrument ids) whose transposition deadline passed after
/// every text the current answer cites: a law transposing them may have changed it.
/// </summary>
public sealed record AnswerDto(
    AnswerValue Value, DateOnly? Since, DateOnly? Until, bool IsCurrent, bool Recorded,
    string SummaryMarkdown, string SummaryHtml, IReadOnlyList<string> Provisions, IReadOnlyList<string> Sources,
    DateOnly? Checked, string? SinceBasis, IReadOnlyList<string> MayPredate);

public sealed record CountryResponse(
    string DataVersion, DateOnly AsOf, string Id, string Name, string NativeName, string Iso, string State,
    IReadOnlyList<string> Languages, string LegalTradition, IReadOnlyList<string> Memberships, Cets197Dto Cets197,
    IReadOnlyList<ProvisionDto> Provisions, IReadOnlyDictionary<string, AnswerDto> Answers, IReadOnlyList<SourceDto> Sources,
    ReviewDto Review, string Url);

public sealed record QuestionDto(
    string Id, string Group, string GroupTitle, string Type, string? Unit, string Title, string Text,
    IReadOnlyList<QuestionOption> Options, IReadOnlyList<string> Instruments, AppliesWhen? AppliesWhen);

public sealed record QuestionsResponse(string DataVersion, DateOnly AsOf, IReadOnlyList<QuestionGroup> Groups, IReadOnlyList<QuestionDto> Questions);

public sealed record JurisdictionAnswerDto(string JurisdictionId, string JurisdictionName, AnswerDto Answer);

public sealed record QuestionResponse(string DataVersion, DateOnly AsOf, QuestionDto Question, IReadOnlyList<JurisdictionAnswerDto> Answers);

public sealed record CompareRowDto(string QuestionId, string Title, bool Differs, IReadOnlyDictionary<string, AnswerDto> Answers);

public sealed record CompareResponse(
    string DataVersion, DateOnly AsOf, IReadOnlyList<CountrySummaryDto> Countries, IReadOnlyList<CompareRowDto> Rows);

/// <summary>Search results; <c>AsOf</c> is null when every version was searched.</summary>
public sealed record SearchResponse(
    string DataVersion, DateOnly? AsOf, string Query, int Total, int Page, int PageSize, bool TimedOut,
    IReadOnlyList<SearchHit> Hits, Facets Facets);

public sealed record ExportResponse(string DataVersion, DateOnly AsOf, int Count, IReadOnlyList<Comparison.Site.Exports.DatasetRow> Rows);

/// <summary>`Status` is "ok", or "stale" while a broken edit is waiting to be fixed (its errors listed).</summary>
public sealed record HealthResponse(string Status, string DataVersion, DateTimeOffset BuiltAt, int Jurisdictions, int IndexedDocuments, IReadOnlyList<string> ContentErrors);

/// <summary>An answer a contributor could research: the question, a link to the answer, and (for an unknown answer) its summary, which says what is missing.</summary>
public sealed record GapDto(string Question, string Title, string Url, string? SummaryMarkdown);

/// <summary>An EU member's answer resting only on texts dated before a directive's passed transposition deadline.</summary>
public sealed record TranspositionGapDto(string Question, string Title, string Url, IReadOnlyList<string> Instruments);

/// <summary>What is still to be researched for one jurisdiction; the lists follow the order of the questions.</summary>
public sealed record JurisdictionGapsDto(
    string Id, string Name, string ReviewStatus, string Url,
    IReadOnlyList<GapDto> Missing, IReadOnlyList<GapDto> Unknown, IReadOnlyList<GapDto> Draft, IReadOnlyList<GapDto> Undated,
    IReadOnlyList<TranspositionGapDto> MayPredate, IReadOnlyList<string> Cets197Missing, IReadOnlyList<int> GretaRoundsWithoutYear, bool NoGretaReport);

public sealed record GapTotalsDto(int Missing, int Unknown, int Draft, int Undated, int MayPredate, int Cets197Missing, int GretaWithoutYear);

public sealed record GapsResponse(string DataVersion, DateOnly AsOf, GapTotalsDto Totals, int Count, IReadOnlyList<JurisdictionGapsDto> Countries);
