namespace Comparison.Site.Building;

/// <summary>Builds a site-relative link with query parameters, leaving out empty ones.</summary>
public static class Href
{
    public static string With(string path, params (string Name, string? Value)[] query)
    {
        var parts = query.Where(p => !string.IsNullOrEmpty(p.Value))
            .Select(p => $"{Uri.EscapeDataString(p.Name)}={Uri.EscapeDataString(p.Value!).Replace("%2C", ",", StringComparison.Ordinal)}")
            .ToList();
        return parts.Count == 0 ? path : $"{path}?{string.Join("&", parts)}";
    }
}
