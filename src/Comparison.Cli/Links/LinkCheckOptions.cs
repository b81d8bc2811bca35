namespace Comparison.Cli.Links;

/// <summary>How hard `check-links` may press: on all hosts at once, on one host, and per request.</summary>
public sealed record LinkCheckOptions(
    int Concurrency = 8,
    int PerHost = 1,
    TimeSpan? DelayPerHost = null,
    TimeSpan? Timeout = null,
    int MaxRedirects = 10)
{
    /// <summary>The least time between two requests to the same host (politeness).</summary>
    public TimeSpan HostDelay => DelayPerHost ?? TimeSpan.FromMilliseconds(500);

    public TimeSpan RequestTimeout => Timeout ?? TimeSpan.FromSeconds(20);
}
