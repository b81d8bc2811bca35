namespace Comparison.Web.Snapshots;

/// <summary>
/// Holds the snapshot every request reads. A rebuild replaces the reference in one atomic
/// write, so a request that took the old snapshot finishes on it and never sees a mix.
/// </summary>
public sealed class SnapshotStore(Snapshot initial)
{
    private Snapshot current = initial;

    public Snapshot Current => Volatile.Read(ref current);

    public void Swap(Snapshot next) => Volatile.Write(ref current, next);
}
