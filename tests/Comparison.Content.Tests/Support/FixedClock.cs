namespace Comparison.Content.Tests.Support;

/// <summary>A clock stopped on one day, so date rules give the same answer every day the tests run.</summary>
public sealed class FixedClock(DateOnly today) : TimeProvider
{
    public static readonly FixedClock Default = new(new DateOnly(2026, 11, 28));

    public DateOnly Today { get; } = today;

    public override DateTimeOffset GetUtcNow() => new(Today.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
}
