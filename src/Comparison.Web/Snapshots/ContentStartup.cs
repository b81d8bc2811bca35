using Comparison.Content.Diagnostics;
using Comparison.Content.Loading;

namespace Comparison.Web.Snapshots;

/// <summary>Thrown when the content at start-up has errors: the host does not start on bad content.</summary>
public sealed class InvalidContentException(IReadOnlyList<Diagnostic> diagnostics)
    : Exception($"the content has {diagnostics.Count(d => d.IsError)} error(s); run `comparison validate`")
{
    public IReadOnlyList<Diagnostic> Diagnostics { get; } = diagnostics;
}

/// <summary>Loads, validates and indexes the content for the first snapshot.</summary>
public static class ContentStartup
{
    public static Snapshot LoadSnapshot(string contentDirectory, TimeProvider clock, Site.SiteHosting hosting)
    {
        var result = new ContentLoader().Load(contentDirectory);
        if (!result.Succeeded)
        {
            throw new InvalidContentException(result.Diagnostics);
        }

        return Snapshot.Build(result.Content!, clock, hosting);
    }
}
