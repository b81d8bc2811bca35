namespace Comparison.Site.Building;

/// <summary>Every page's path, in one place: the pages, the sitemap, the feed and the tests agree on them.</summary>
public static class SiteUrls
{
    public const string Home = "/";
    public const string Compare = "/compare/";
    public const string Search = "/search/";
    public const string About = "/about/";
    public const string Downloads = "/downloads/";
    public const string HelpWanted = "/help-wanted/";
    public const string Csv = "/downloads/comparison.csv";
    public const string Json = "/downloads/comparison.json";
    public const string Feed = "/feed.xml";
    public const string Sitemap = "/sitemap.xml";
    public const string NotFound = "/404.html";
    public const string Css = "/assets/site.css";
    public const string SearchScript = "/assets/search.js";
    public const string Icon = "/assets/icon.svg";

    public static string Country(string id) => $"/countries/{id}/";

    public static string Question(string id) => $"/questions/{id}/";

    /// <summary>One jurisdiction's section of the help-wanted page.</summary>
    public static string HelpWantedFor(string id) => $"{HelpWanted}#{id}";

    public static string Answer(string jurisdictionId, string questionId) => $"/countries/{jurisdictionId}/#{questionId}";

    /// <summary>The file a page path is written to: "/countries/nl/" → "/countries/nl/index.html".</summary>
    public static string FileOf(string path) => path.EndsWith('/') ? path + "index.html" : path;

    public static string Absolute(string baseUrl, string path) => baseUrl.TrimEnd('/') + path;
}
