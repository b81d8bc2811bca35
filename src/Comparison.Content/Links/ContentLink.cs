namespace Comparison.Content.Links;

/// <summary>A URL a reader follows from the site, with where it is written (file:line:col).</summary>
public sealed record ContentLink(string File, int Line, int Column, string Url, LinkKind Kind)
{
    public string Location => $"{File}:{Line}:{Column}";
}

/// <summary>The fields a checked URL comes from.</summary>
public enum LinkKind
{
    Instrument,
    Provision,
    Source,
    GretaReport,
}
