namespace Comparison.Site;

/// <summary>Writes built files under a folder, and nowhere else.</summary>
public static class SiteWriter
{
    /// <summary>
    /// Writes every file under <paramref name="outDirectory"/>, creating folders. A path that would
    /// resolve outside it ("/../x", an absolute path) stops the write before anything is written.
    /// </summary>
    /// <returns>The number of bytes written.</returns>
    public static long Write(string outDirectory, IReadOnlyList<SiteFile> files)
    {
        var root = Path.GetFullPath(outDirectory).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var targets = files.Select(file =>
        {
            var target = Path.GetFullPath(Path.Combine(root, file.Path.TrimStart('/')));
            return target.StartsWith(root, StringComparison.Ordinal) && target.Length > root.Length
                ? (file, target)
                : throw new InvalidOperationException($"refusing to write '{file.Path}': it resolves outside {root}");
        }).ToList();

        long bytes = 0;
        foreach (var (file, target) in targets)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllBytes(target, file.Content);
            bytes += file.Content.Length;
        }

        return bytes;
    }
}
