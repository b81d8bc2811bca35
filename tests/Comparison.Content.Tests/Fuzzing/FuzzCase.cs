namespace Comparison.Content.Tests.Fuzzing;

/// <summary>
/// One broken variant of one real content file. <paramref name="File"/> is relative to the
/// content folder, with forward slashes (`countries/nl.yaml`), as diagnostics name it.
/// <paramref name="MustFail"/> is true when the mutation can never leave a valid file, so the
/// loader must report an error in that file; a flipped byte inside a quoted text, say, may not.
/// </summary>
public sealed record FuzzCase(int Index, string File, MutationKind Kind, string Detail, byte[] Bytes, bool MustFail)
{
    public override string ToString() => $"#{Index} {Kind} of {File} ({Detail}, {Bytes.Length:N0} bytes)";
}
