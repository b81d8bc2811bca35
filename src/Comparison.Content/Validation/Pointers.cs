using Comparison.Content.Yaml;

namespace Comparison.Content.Validation;

/// <summary>JSON Pointers into a jurisdiction file, named so rules read like the file.</summary>
internal static class Pointers
{
    public static string Answer(string questionId) => $"/answers/{SourceMap.Escape(questionId)}";

    public static string History(string questionId, int index) => $"{Answer(questionId)}/history/{index}";

    public static string Provision(int index) => $"/provisions/{index}";

    public static string Source(int index) => $"/sources/{index}";
}
