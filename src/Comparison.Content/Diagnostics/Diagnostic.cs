namespace Comparison.Content.Diagnostics;

/// <summary>
/// One problem found in the content tree, located to the character. Lines and columns are
/// 1-based, as editors and compilers print them, so `path:line:col` is clickable in a terminal.
/// </summary>
public sealed record Diagnostic(string File, int Line, int Column, Severity Severity, string Code, string Message)
{
    public bool IsError => Severity == Severity.Error;

    public override string ToString() =>
        $"{File}:{Line}:{Column}: {(IsError ? "error" : "warning")} {Code}: {Message}";
}
