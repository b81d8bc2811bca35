namespace Comparison.Content.Diagnostics;

/// <summary>
/// The codes a contributor sees. Each names one rule, so a search in CONTRIBUTING.md (or the
/// fixture folder tests/Comparison.Content.Tests/TestData/invalid/&lt;code&gt;-*.yaml) explains it.
/// </summary>
public static class DiagnosticCodes
{
    // Reading the file
    public const string MissingFolder = "missing-folder";
    public const string Unreadable = "unreadable-file";
    public const string Encoding = "encoding";
    public const string EmptyFile = "empty-file";
    public const string Limit = "limit";
    public const string YamlSyntax = "yaml-syntax";
    public const string Tab = "tab";
    public const string DuplicateKey = "duplicate-key";
    public const string Alias = "alias";
    public const string MultipleDocuments = "multiple-documents";
    public const string SchemaComment = "schema-comment";

    // Shape (JSON Schema)
    public const string Schema = "schema";

    // Meaning (C# rules)
    public const string FileNameId = "file-name-id";
    public const string DuplicateId = "duplicate-id";
    public const string UnknownReference = "unknown-reference";
    public const string DateInvalid = "date-invalid";
    public const string DateOrder = "date-order";
    public const string DateFuture = "date-future";
    public const string EntryIntoForce = "entry-into-force";
    public const string HistoryOverlap = "history-overlap";
    public const string HistoryGap = "history-gap";
    public const string SinceHistory = "since-history";
    public const string SinceBasis = "since-basis";
    public const string Undated = "undated-answer";
    public const string ProvisionPeriod = "provision-period";
    public const string MissingSource = "missing-source";
    public const string Url = "url";
    public const string Markdown = "markdown";
    public const string Unanswered = "unanswered";
    public const string ValueType = "value-type";
    public const string Replacement = "replacement";
    public const string ReviewStale = "review-stale";
    public const string OriginalText = "original-text";
    public const string UnusedEntry = "unused-entry";
    public const string AppliesWhen = "applies-when";
    public const string Checked = "checked";
}
