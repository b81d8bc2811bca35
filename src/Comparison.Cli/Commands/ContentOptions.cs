using System.CommandLine;
using Comparison.Content.Loading;

namespace Comparison.Cli.Commands;

/// <summary>The --content option every command shares, and how its default is found.</summary>
internal static class ContentOptions
{
    public static Option<string?> CreateContentOption() => new("--content")
    {
        Description = "The content folder (default: ./content, or the nearest content/ folder above the current one)",
        HelpName = "DIR",
    };

    /// <summary>
    /// An explicit --content wins. Otherwise ./content, or the first content/ with a questions.yaml
    /// in a parent folder, so the command works from anywhere inside a clone.
    /// </summary>
    public static string Resolve(string? given)
    {
        if (!string.IsNullOrWhiteSpace(given))
        {
            return given;
        }

        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "content");
            if (File.Exists(Path.Combine(candidate, ContentLayout.QuestionsFile)))
            {
                return Path.GetRelativePath(Environment.CurrentDirectory, candidate);
            }
        }

        return "content";
    }
}
