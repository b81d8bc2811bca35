using Microsoft.Playwright;

namespace Comparison.Bench.Scenarios;

/// <summary>Debian's chromium through Playwright, with the launch arguments that keep it off the network (docs: TOOLCHAIN).</summary>
internal static class Browser
{
    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROME_PATH") ?? "/usr/bin/chromium",
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
            ],
        });
        return (playwright, browser);
    }

    /// <summary>Bytes on the wire (headers and body as received) of every resource the page fetched since its buffer was cleared.</summary>
    public const string TransferredScript = """
        () => {
          const entries = performance.getEntriesByType('resource');
          performance.clearResourceTimings();
          return entries.reduce((sum, e) => sum + e.transferSize, 0);
        }
        """;
}
