namespace Comparison.Cli.Tests.Links;

/// <summary>
/// Virtual time for code that waits with <see cref="Task.Delay(TimeSpan, TimeProvider)"/>: a
/// timer jumps the clock straight to its due time and then fires, so a wait costs no real time
/// and every timestamp is exactly the scheduled one. Meant for one waiter at a time (the checker's
/// gate for a single host); periodic timers are not supported.
/// </summary>
internal sealed class StepClock(DateTimeOffset start) : TimeProvider
{
    private long elapsedTicks;

    public override DateTimeOffset GetUtcNow() => start + TimeSpan.FromTicks(Interlocked.Read(ref elapsedTicks));

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => Interlocked.Read(ref elapsedTicks);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (dueTime != Timeout.InfiniteTimeSpan)
        {
            Interlocked.Add(ref elapsedTicks, Math.Max(0, dueTime.Ticks));
            ThreadPool.QueueUserWorkItem(_ => callback(state));
        }

        return new InertTimer();
    }

    private sealed class InertTimer : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => false;

        public void Dispose()
        {
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
