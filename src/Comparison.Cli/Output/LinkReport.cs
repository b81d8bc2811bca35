using System.Globalization;
using Comparison.Cli.Links;
using Comparison.Content.Links;

namespace Comparison.Cli.Output;

/// <summary>
/// What `check-links` prints: each broken link as `file:line:col url status` (every place it is
/// written), each redirected one with its hops, then one summary line.
/// </summary>
internal static class LinkReport
{
    public static void Print(TextWriter output, IReadOnlyList<ContentLink> links, IReadOnlyDictionary<string, LinkCheckResult> checks, TimeSpan elapsed)
    {
        foreach (var link in links.Where(l => checks[l.Url].IsBroken))
        {
            var check = checks[link.Url];
            var via = check.Redirects.Count > 0 ? $" (after {Hops(check)})" : string.Empty;
            output.WriteLine($"{link.Location} {link.Url} {check.Describe()}{via}");
        }

        var redirected = checks.Values.Where(c => !c.IsBroken && c.Redirects.Count > 0).ToList();
        if (redirected.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("redirected (working; consider citing the final address):");
            foreach (var link in links.Where(l => redirected.Contains(checks[l.Url])))
            {
                output.WriteLine($"{link.Location} {link.Url} {Hops(checks[link.Url])} {checks[link.Url].Status}");
            }
        }

        var broken = checks.Values.Count(c => c.IsBroken);
        var hosts = checks.Keys.Select(u => Uri.TryCreate(u, UriKind.Absolute, out var uri) ? uri.Host : u).Distinct(StringComparer.OrdinalIgnoreCase).Count();
        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{links.Count} links ({checks.Count} distinct URLs on {hosts} hosts): {checks.Count - broken - redirected.Count} ok, {redirected.Count} redirected, {broken} broken in {elapsed.TotalSeconds:F1} s"));
    }

    private static string Hops(LinkCheckResult check) => string.Join(" ", check.Redirects.Select(r => $"{r.Status} -> {r.To}"));
}
