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

    /// <summary>
    /// Counts the bytes a page receives (response headers and body as transferred) from every
    /// request it finishes, its workers' included: Pagefind searches in a web worker, whose
    /// fetches the page's own resource timing never sees.
    /// </summary>
    public sealed class TrafficMeter
    {
        private readonly List<Task<long>> pending = [];

        public TrafficMeter(IPage page) => page.RequestFinished += (_, request) =>
        {
            lock (pending)
            {
                pending.Add(Sizes(request));
            }
        };

        /// <summary>The bytes received since the last call; waits for late events first.</summary>
        public async Task<long> TakeAsync()
        {
            await Task.Delay(200);
            Task<long>[] done;
            lock (pending)
            {
                done = [.. pending];
                pending.Clear();
            }

            return (await Task.WhenAll(done)).Sum();
        }

        private static async Task<long> Sizes(IRequest request)
        {
            var sizes = await request.SizesAsync();
            return sizes.ResponseBodySize + sizes.ResponseHeadersSize;
        }
    }
}
