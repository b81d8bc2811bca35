using System.Diagnostics;
using Comparison.Content.Loading;
using Comparison.Web.Site;

namespace Comparison.Web.Snapshots;

/// <summary>
/// `serve --watch`: rebuilds the snapshot when a content file changes. A valid edit replaces the
/// whole snapshot at once; a broken edit keeps the last good content online, prints the errors
/// and shows them as a banner on every page until the files are fixed.
/// </summary>
public sealed class ContentWatcher : IDisposable
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(150);

    private readonly string directory;
    private readonly SnapshotStore store;
    private readonly TimeProvider clock;
    private readonly SiteHosting hosting;
    private readonly TextWriter output;
    private readonly FileSystemWatcher watcher;
    private readonly SemaphoreSlim rebuilding = new(1, 1);
    private readonly Timer debounce;

    public ContentWatcher(string directory, SnapshotStore store, TimeProvider clock, SiteHosting hosting, TextWriter output)
    {
        this.directory = directory;
        this.store = store;
        this.clock = clock;
        this.hosting = hosting;
        this.output = output;
        debounce = new Timer(_ => _ = RebuildAsync(), null, Timeout.Infinite, Timeout.Infinite);
        watcher = new FileSystemWatcher(directory)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.DirectoryName,
        };
        watcher.Changed += OnChange;
        watcher.Created += OnChange;
        watcher.Deleted += OnChange;
        watcher.Renamed += OnChange;
        watcher.EnableRaisingEvents = true;
    }

    /// <summary>Completes after the next rebuild; for tests that edit and then look.</summary>
    public event Action<Snapshot>? Rebuilt;

    public void Dispose()
    {
        watcher.Dispose();
        debounce.Dispose();
        rebuilding.Dispose();
    }

    // Editors write a file in several steps: wait until the folder is quiet, then rebuild once.
    private void OnChange(object sender, FileSystemEventArgs e) => debounce.Change(Quiet, Timeout.InfiniteTimeSpan);

    /// <summary>Loads the content again and swaps the snapshot (or marks the errors); never throws.</summary>
    public async Task RebuildAsync()
    {
        await rebuilding.WaitAsync();
        try
        {
            var timer = Stopwatch.StartNew();
            var result = new ContentLoader().Load(directory);
            Snapshot next;
            if (result.Succeeded)
            {
                next = Snapshot.Build(result.Content!, clock, hosting);
                output.WriteLine($"rebuilt in {timer.ElapsedMilliseconds} ms: {next.Content.Jurisdictions.Count} jurisdictions, data version {next.Version}");
            }
            else
            {
                var errors = result.Diagnostics.Where(d => d.IsError).Select(d => d.ToString()).ToList();
                foreach (var line in errors)
                {
                    output.WriteLine(line);
                }

                output.WriteLine($"{errors.Count} error(s): still serving the last good build ({store.Current.Version}) until they are fixed");
                next = store.Current.WithErrors(errors, clock, hosting);
            }

            store.Swap(next);
            next.Site.Prepare();
            Rebuilt?.Invoke(next);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            output.WriteLine($"could not read the content ({e.Message}); still serving the last good build");
        }
        finally
        {
            rebuilding.Release();
        }
    }
}
