namespace Comparison.Web.Infrastructure;

/// <summary>
/// The per-client limit on /api/v1, from configuration (`Comparison:RateLimit:PermitsPerSecond`,
/// `Comparison:RateLimit:Burst`, or the environment variables `Comparison__RateLimit__…`).
/// </summary>
public sealed class RateLimitSettings
{
    public const string Section = "Comparison:RateLimit";

    /// <summary>Requests a second each client may keep up; 0 turns the limit off (load benchmarks).</summary>
    public int PermitsPerSecond { get; set; } = 50;

    /// <summary>Requests a client may send at once after being idle: a page that fans out several calls.</summary>
    public int Burst { get; set; } = 100;

    public bool Enabled => PermitsPerSecond > 0;
}
