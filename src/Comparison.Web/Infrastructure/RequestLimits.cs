using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Comparison.Web.Infrastructure;

/// <summary>
/// The size of a request this server accepts (docs/reliability.md). The application refuses what
/// it sees with a problem: another method than GET or HEAD (405), a body (413), a URL over
/// <see cref="MaxUrlLength"/> (414). Kestrel refuses what is larger still before the application
/// sees it, with the status and an empty body: a request line over <see cref="MaxRequestLineBytes"/>
/// (414), headers over <see cref="MaxHeaderBytes"/> or <see cref="MaxHeaderCount"/> (431), a body
/// read past <see cref="MaxBodyBytes"/>.
/// </summary>
public static class RequestLimits
{
    /// <summary>Path and query as sent. The longest valid API URL (a 500-character query in a
    /// script of 3-byte letters, percent-encoded, with filters) stays under 6 KiB.</summary>
    public const int MaxUrlLength = 8 * 1024;

    /// <summary>Twice the URL limit, so that a long URL meets the application's problem first.</summary>
    public const int MaxRequestLineBytes = 16 * 1024;

    /// <summary>Kestrel's default, stated: a browser sends 1-2 KiB.</summary>
    public const int MaxHeaderBytes = 32 * 1024;

    /// <summary>A browser sends about 15 headers.</summary>
    public const int MaxHeaderCount = 50;

    /// <summary>Nothing is read from a body; this bounds what Kestrel drains from a refused request.</summary>
    public const long MaxBodyBytes = 1024;

    public static void Apply(KestrelServerLimits limits)
    {
        limits.MaxRequestLineSize = MaxRequestLineBytes;
        limits.MaxRequestHeadersTotalSize = MaxHeaderBytes;
        limits.MaxRequestHeaderCount = MaxHeaderCount;
        limits.MaxRequestBodySize = MaxBodyBytes;
        limits.MaxRequestBufferSize = 64 * 1024;
    }
}
