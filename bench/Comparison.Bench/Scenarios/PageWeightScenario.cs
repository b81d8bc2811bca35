using System.Text.Json;
using Microsoft.Playwright;

namespace Comparison.Bench.Scenarios;

/// <summary>
/// Page weight per page type, measured in chromium against `comparison serve`: each page loaded
/// once in a fresh browser context (an empty cache, as a first visit), every response counted:
/// bytes as decoded (raw) and as transferred (compressed body plus headers), by type (HTML, CSS,
/// JS, other), the number of requests, and those to any other host (third-party).
/// </summary>
internal static class PageWeightScenario
{
    public const long FirstLoadBudget = 60 * 1024;

    private static readonly (string Kind, string Path)[] Pages =
    [
        ("home", "/"), ("country", "/countries/nl/"), ("question", "/questions/minor-purchase-offence/"), ("compare", "/compare/"),
        ("search", "/search/?q=sex+purchase+ban"), ("about", "/about/"),
    ];

    public static async Task<int> RunAsync(BenchOptions options)
    {
        var url = options.Require("url").TrimEnd('/');
        var host = new Uri(url).Authority;
        var (playwright, browser) = await Browser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var rows = new List<object>();
        var allMet = true;
        foreach (var (kind, path) in Pages)
        {
            await using var context = await browser.NewContextAsync();
            var page = await context.NewPageAsync();
            var seen = new List<IResponse>();
            void OnResponse(object? sender, IResponse response)
            {
                lock (seen)
                {
                    seen.Add(response);
                }
            }

            page.Response += OnResponse;
            await page.GotoAsync(url + path, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });

            // A late response (a favicon, say) can still arrive while the sizes below are awaited:
            // stop listening and count a snapshot, so the list is not changed under the loop.
            page.Response -= OnResponse;
            IResponse[] responses;
            lock (seen)
            {
                responses = [.. seen];
            }

            var byType = new Dictionary<string, (long Raw, long Transferred)>(StringComparer.Ordinal);
            var thirdParty = 0;
            foreach (var response in responses)
            {
                var sizes = await response.Request.SizesAsync();
                var raw = (await response.BodyAsync()).LongLength;
                var type = response.Request.ResourceType switch
                {
                    "document" => "html", "stylesheet" => "css", "script" => "js", _ => "other",
                };
                var (r, t) = byType.GetValueOrDefault(type);
                byType[type] = (r + raw, t + sizes.ResponseBodySize + sizes.ResponseHeadersSize);
                thirdParty += new Uri(response.Url).Authority == host ? 0 : 1;
            }

            var transferred = byType.Values.Sum(v => v.Transferred);
            var met = transferred <= FirstLoadBudget && thirdParty == 0;
            allMet &= met;
            rows.Add(new { kind, path, requests = responses.Length, thirdParty, transferred, byType = byType.ToDictionary(p => p.Key, p => new { raw = p.Value.Raw, transferred = p.Value.Transferred }) });
            string Part(string type) => byType.TryGetValue(type, out var v) ? $"{type} {Summary.Kb(v.Raw)}/{Summary.Kb(v.Transferred)}" : $"{type} 0";
            Summary.Row(options.Results, "page weight", $"{kind} ({path})",
                $"{Summary.Kb(transferred)} transferred, {responses.Length} requests, {thirdParty} third-party; raw/transferred: {Part("html")}, {Part("css")}, {Part("js")}, {Part("other")}",
                "≤ 60 KB, 0 third-party", Summary.Verdict(met));
        }

        File.WriteAllText(Path.Combine(options.Results, "page-weight.json"), JsonSerializer.Serialize(rows, new JsonSerializerOptions { WriteIndented = true }));
        Console.WriteLine(allMet ? "every page within its first-load budget" : "some page over its first-load budget");
        return 0;
    }
}
