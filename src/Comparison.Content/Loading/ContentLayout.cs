namespace Comparison.Content.Loading;

/// <summary>Where things live inside a content folder.</summary>
public static class ContentLayout
{
    public const string QuestionsFile = "questions.yaml";
    public const string InstrumentsFile = "instruments.yaml";
    public const string CountriesFolder = "countries";

    /// <summary>The schema comment each file starts with, relative to the file, so editors find the schema.</summary>
    public static string SchemaCommentFor(string relativeSchemaPath) => $"# yaml-language-server: $schema={relativeSchemaPath}";

    public const string JurisdictionSchemaPath = "../../schemas/jurisdiction.schema.json";
    public const string QuestionsSchemaPath = "../schemas/questions.schema.json";
    public const string InstrumentsSchemaPath = "../schemas/instruments.schema.json";
}
