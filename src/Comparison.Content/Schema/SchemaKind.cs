namespace Comparison.Content.Schema;

/// <summary>The three kinds of content file, each with its JSON Schema under /schemas.</summary>
public enum SchemaKind
{
    Jurisdiction,
    Questions,
    Instruments,
}
