namespace Comparison.Content.Diagnostics;

public enum Severity
{
    Warning,
    Error,
}
