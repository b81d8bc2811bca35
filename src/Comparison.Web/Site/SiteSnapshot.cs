using Comparison.Content.Model;
using Comparison.Site;

namespace Comparison.Web.Site;

/// <summary>
/// The site of one content snapshot. Pages for other dates and filters render on request;
/// the static files (as of the build date) are built once, in the background, the first time
/// they are asked for, so the API answers before the whole site exists.
/// </summary>
public sealed class SiteSnapshot
{
    private readonly Lazy<Task<IReadOnlyDictionary<string, SiteFile>>> files;

    public SiteSnapshot(ContentSet content, SiteOptions options)
    {
        Builder = new SiteBuilder(content, options);
        files = new Lazy<Task<IReadOnlyDictionary<string, SiteFile>>>(
            () => Task.Run(async () => (IReadOnlyDictionary<string, SiteFile>)(await Builder.BuildAllAsync())
                .ToDictionary(f => f.Path, StringComparer.Ordinal)));
    }

    public SiteBuilder Builder { get; }

    public Task<IReadOnlyDictionary<string, SiteFile>> Files => files.Value;

    /// <summary>Starts building the static files without waiting for them.</summary>
    public void Prepare() => _ = files.Value;
}
