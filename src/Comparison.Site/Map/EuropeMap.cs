using System.Text.Json;
using System.Text.Json.Serialization;

namespace Comparison.Site.Map;

/// <summary>
/// The outline map of Europe the site colours by answer: one shape per Party (ISO 3166-1 code),
/// grey context shapes, and point markers for jurisdictions that are parts of a state (the UK's
/// three criminal-law systems). Read from the embedded europe-map.json.
/// </summary>
public sealed record EuropeMap(
    string Source,
    string ViewBox,
    IReadOnlyList<MapParty> Parties,
    IReadOnlyList<MapContextShape> Context,
    IReadOnlyList<MapMarker> Markers)
{
    private const string ResourceName = "Comparison.Site.Map.europe-map.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The map shipped with the site, read once.</summary>
    public static EuropeMap Default { get; } = Load();

    /// <summary>The jurisdiction id a Party's shape stands for: the lower-case ISO code (NL → nl).</summary>
    public static string JurisdictionIdOf(string iso) => iso.ToLowerInvariant();

    public IReadOnlyList<MapMarker> MarkersOf(string iso) => Markers.Where(m => m.Iso == iso).ToList();

    public static EuropeMap Parse(Stream json) =>
        JsonSerializer.Deserialize<EuropeMap>(json, Json) ?? throw new InvalidDataException("the map file is empty");

    private static EuropeMap Load()
    {
        using var stream = typeof(EuropeMap).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"the embedded resource {ResourceName} is missing");
        return Parse(stream);
    }
}

/// <summary>A Party's outline; <see cref="Small"/> states are drawn as a dot at the centroid.</summary>
public sealed record MapParty(string Iso, string Name, string D, IReadOnlyList<double> Centroid, bool Small)
{
    [JsonIgnore]
    public double X => Centroid.Count > 0 ? Centroid[0] : 0;

    [JsonIgnore]
    public double Y => Centroid.Count > 1 ? Centroid[1] : 0;
}

/// <summary>A neighbouring area drawn grey for orientation; not a Party, not a link.</summary>
public sealed record MapContextShape(string D);

/// <summary>A point for a jurisdiction inside a Party's shape (gb-eaw, gb-sct, gb-nir).</summary>
public sealed record MapMarker(string Id, string Iso, string Name, double X, double Y);
