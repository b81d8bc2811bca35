namespace Comparison.Site.Building;

/// <summary>The stylesheet and script, embedded in the assembly.</summary>
internal static class SiteAssets
{
    public static byte[] Read(string name)
    {
        using var stream = typeof(SiteAssets).Assembly.GetManifestResourceStream($"Comparison.Site.Assets.{name}")
            ?? throw new InvalidOperationException($"the embedded asset {name} is missing");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
