namespace Comparison.Content.Tests.Fuzzing;

/// <summary>The ways <see cref="ContentMutator"/> breaks a real content file.</summary>
public enum MutationKind
{
    Truncate,
    ByteFlip,
    InvalidUtf8,
    TabIndent,
    DuplicateKey,
    WrongType,
    DeepNesting,
    HugeString,
    AliasBomb,
    Empty,
    RandomBinary,
}
