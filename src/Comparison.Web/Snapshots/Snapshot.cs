using Comparison.Content.Model;
using Comparison.Search;

namespace Comparison.Web.Snapshots;

/// <summary>One complete build: content, its search index, and when it was made. Never mutated.</summary>
public sealed record Snapshot(ContentSet Content, SearchIndex Index, DateTimeOffset BuiltAt)
{
    public string Version => Content.Version;

    public static Snapshot Build(ContentSet content, TimeProvider clock) =>
        new(content, SearchIndex.Build(content), clock.GetUtcNow());
}
