using Comparison.Content.Diagnostics;
using Comparison.Content.Loading;
using Comparison.Content.Model;
using Comparison.Content.Yaml;

namespace Comparison.Content.Validation;

/// <summary>What a rule sees: the whole tree, today's date, and a way to report at a JSON Pointer.</summary>
public sealed class RuleContext(
    QuestionCatalog questions,
    YamlDocument questionsDocument,
    InstrumentCatalog instruments,
    YamlDocument instrumentsDocument,
    IReadOnlyList<LoadedJurisdiction> jurisdictions,
    DateOnly today,
    ICollection<Diagnostic> sink)
{
    public QuestionCatalog Questions { get; } = questions;

    public YamlDocument QuestionsDocument { get; } = questionsDocument;

    public InstrumentCatalog Instruments { get; } = instruments;

    public YamlDocument InstrumentsDocument { get; } = instrumentsDocument;

    public IReadOnlyList<LoadedJurisdiction> Jurisdictions { get; } = jurisdictions;

    public DateOnly Today { get; } = today;

    public void Error(YamlDocument document, string pointer, string code, string message) =>
        Report(document, pointer, code, message, Severity.Error, atKey: false);

    public void ErrorAtKey(YamlDocument document, string pointer, string code, string message) =>
        Report(document, pointer, code, message, Severity.Error, atKey: true);

    public void Warning(YamlDocument document, string pointer, string code, string message) =>
        Report(document, pointer, code, message, Severity.Warning, atKey: false);

    private void Report(YamlDocument document, string pointer, string code, string message, Severity severity, bool atKey)
    {
        var at = atKey ? document.Map.KeyAt(pointer) : document.Map.ValueAt(pointer);
        sink.Add(new Diagnostic(document.Path, at.Line, at.Column, severity, code, message));
    }
}
