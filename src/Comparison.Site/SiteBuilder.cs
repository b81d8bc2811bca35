using System.Text;
using System.Text.Json;
using Comparison.Content.AsOf;
using Comparison.Content.Model;
using Comparison.Site.Building;
using Comparison.Site.Components.Pages;
using Comparison.Site.Exports;
using Comparison.Site.Feeds;
using Comparison.Site.Map;
using Comparison.Site.Rendering;
using Microsoft.AspNetCore.Components;

namespace Comparison.Site;

/// <summary>
/// Renders the site from one <see cref="ContentSet"/>: every static file as of the build date
/// (<see cref="BuildAll"/>), and single pages for other dates and query parameters, which a host
/// renders on request (<see cref="RenderPageAsync"/>, <see cref="RenderSearchPageAsync"/>).
/// </summary>
public sealed class SiteBuilder
{
    /// <summary>The question the home page's map shows unless ?map= names another.</summary>
    public const string DefaultMapQuestion = "minor-purchase-offence";

    /// <summary>The compare page's selection unless ?c= names others.</summary>
    public static readonly IReadOnlyList<string> DefaultComparison = ["nl", "de", "se"];

    private const string Html = "text/html; charset=utf-8";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly SiteContext site;

    public SiteBuilder(ContentSet content, SiteOptions options)
        : this(content, options, EuropeMap.Default)
    {
    }

    public SiteBuilder(ContentSet content, SiteOptions options, EuropeMap map)
    {
        site = new SiteContext(content, options, map);
    }

    /// <summary>The complete static site as of the build date, sorted by path; byte-identical for the same input.</summary>
    public IReadOnlyList<SiteFile> BuildAll() => BuildAllAsync().GetAwaiter().GetResult();

    public async Task<IReadOnlyList<SiteFile>> BuildAllAsync()
    {
        var today = site.Today;
        var files = new List<SiteFile>();
        await using var renderer = new PageRenderer();

        async Task Page<TComponent>(string path, Dictionary<string, object?> parameters)
            where TComponent : IComponent
        {
            parameters["Site"] = site;
            var html = await renderer.RenderAsync<TComponent>(parameters);
            files.Add(new SiteFile(SiteUrls.FileOf(path), Encoding.UTF8.GetBytes(html), Html));
        }

        var csv = DatasetExport.Csv(site.Content, today);
        var json = ExportJson(today);
        files.Add(new SiteFile(SiteUrls.Csv, csv, "text/csv; charset=utf-8"));
        files.Add(new SiteFile(SiteUrls.Json, json, "application/json"));

        _ = site.AsOf(today); // resolved once, before the parallel renders below share it
        await Page<HomePage>(SiteUrls.Home, HomeParameters(today, new Dictionary<string, string>()));
        files.AddRange(await RenderEachAsync<CountryPage, Jurisdiction>(site.Jurisdictions,
            j => (SiteUrls.Country(j.Id), new() { ["J"] = j, ["AsOf"] = today })));
        files.AddRange(await RenderEachAsync<QuestionPage, Question>(site.Content.Questions.Questions,
            q => (SiteUrls.Question(q.Id), new() { ["Question"] = q, ["AsOf"] = today })));

        await Page<ComparePage>(SiteUrls.Compare, CompareParameters(today, new Dictionary<string, string>()));
        await Page<SearchPage>(SiteUrls.Search, new() { ["Model"] = null });
        await Page<AboutPage>(SiteUrls.About, []);
        await Page<HelpWantedPage>(SiteUrls.HelpWanted, []);
        await Page<DownloadsPage>(SiteUrls.Downloads, new() { ["CsvBytes"] = (long)csv.Length, ["JsonBytes"] = (long)json.Length });
        await Page<NotFoundPage>(SiteUrls.NotFound, []);

        var pages = files.Where(f => f.Path.EndsWith("/index.html", StringComparison.Ordinal))
            .Select(f => f.Path[..^"index.html".Length]).ToList();
        files.Add(new SiteFile(SiteUrls.Sitemap, Sitemap.Build(site, pages), "application/xml"));
        files.Add(new SiteFile(SiteUrls.Feed, AtomFeed.Build(site), "application/atom+xml"));
        files.Add(new SiteFile(SiteUrls.Css, SiteAssets.Read("site.css"), "text/css; charset=utf-8"));
        files.Add(new SiteFile(SiteUrls.Icon, SiteAssets.Read("icon.svg"), "image/svg+xml"));
        files.Add(new SiteFile(SiteUrls.SearchScript, SiteAssets.Read("search.js"), "text/javascript; charset=utf-8"));
        return files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// One page per item, rendered on every core: country and question pages are most of the
    /// work and independent of each other. Each worker has its own renderer (a renderer runs one
    /// render at a time); the pages come back in the items' order, so the output does not depend
    /// on scheduling.
    /// </summary>
    private async Task<SiteFile[]> RenderEachAsync<TComponent, T>(IReadOnlyList<T> items, Func<T, (string Path, Dictionary<string, object?> Parameters)> page)
        where TComponent : IComponent
    {
        var pages = new SiteFile[items.Count];
        var workers = Math.Clamp(Environment.ProcessorCount, 1, Math.Max(1, items.Count));
        await Parallel.ForEachAsync(Enumerable.Range(0, workers), async (worker, _) =>
        {
            await using var renderer = new PageRenderer();
            for (var i = worker; i < items.Count; i += workers)
            {
                var (path, parameters) = page(items[i]);
                parameters["Site"] = site;
                var html = await renderer.RenderAsync<TComponent>(parameters);
                pages[i] = new SiteFile(SiteUrls.FileOf(path), Encoding.UTF8.GetBytes(html), Html);
            }
        });
        return pages;
    }

    /// <summary>
    /// One page as of <paramref name="asOf"/> (kept between CETS 197's entry into force and the build
    /// date), with the page's query parameters (home: group, membership, map; compare: c); null
    /// when no page lives at <paramref name="path"/>.
    /// </summary>
    public async Task<string?> RenderPageAsync(string path, DateOnly asOf, IReadOnlyDictionary<string, string> query)
    {
        var date = asOf < AsOfResolver.Earliest ? AsOfResolver.Earliest : asOf > site.Today ? site.Today : asOf;
        var segments = Normalise(path).Split('/', StringSplitOptions.RemoveEmptyEntries);
        await using var renderer = new PageRenderer();

        Task<string> Render<TComponent>(Dictionary<string, object?> parameters)
            where TComponent : IComponent
        {
            parameters["Site"] = site;
            return renderer.RenderAsync<TComponent>(parameters);
        }

        return segments switch
        {
            [] => await Render<HomePage>(HomeParameters(date, query)),
            ["countries", var id] when site.Content.Jurisdictions.FirstOrDefault(j => j.Id == id) is { } j =>
                await Render<CountryPage>(new() { ["J"] = j, ["AsOf"] = date }),
            ["questions", var id] when site.Content.Questions.Find(id) is { } q =>
                await Render<QuestionPage>(new() { ["Question"] = q, ["AsOf"] = date }),
            ["compare"] => await Render<ComparePage>(CompareParameters(date, query)),
            ["search"] => await Render<SearchPage>(new() { ["Model"] = null }),
            ["about"] => await Render<AboutPage>([]),
            ["help-wanted"] => await Render<HelpWantedPage>([]),
            ["downloads"] => await Render<DownloadsPage>(new()
            {
                ["CsvBytes"] = (long)DatasetExport.Csv(site.Content, site.Today).Length,
                ["JsonBytes"] = (long)ExportJson(site.Today).Length,
            }),
            _ => null,
        };
    }

    /// <summary>The search page with results the host found in its index.</summary>
    public async Task<string> RenderSearchPageAsync(SearchPageModel model)
    {
        await using var renderer = new PageRenderer();
        return await renderer.RenderAsync<SearchPage>(new Dictionary<string, object?> { ["Site"] = site, ["Model"] = model });
    }

    private Dictionary<string, object?> HomeParameters(DateOnly date, IReadOnlyDictionary<string, string> query)
    {
        var group = query.GetValueOrDefault("group");
        var membership = query.GetValueOrDefault("membership");
        var map = query.GetValueOrDefault("map");
        return new()
        {
            ["AsOf"] = date,
            ["Group"] = site.Content.Questions.Groups.Any(g => g.Id == group) ? group : null,
            ["Membership"] = membership is "eu" or "coe" ? membership : null,
            ["MapQuestion"] = (map is null ? null : site.Content.Questions.Find(map))
                ?? site.Content.Questions.Find(DefaultMapQuestion)
                ?? site.Content.Questions.Questions[0],
        };
    }

    private Dictionary<string, object?> CompareParameters(DateOnly date, IReadOnlyDictionary<string, string> query)
    {
        // ?c=nl,de,se; a host joins repeated c= (from the checkboxes) with commas.
        var ids = query.TryGetValue("c", out var c)
            ? c.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.OrdinalIgnoreCase).Take(60).ToList()
            : DefaultComparison.ToList();
        var selected = ids.Select(id => site.Content.FindJurisdiction(id)).OfType<Jurisdiction>().ToList();
        var unrecognised = ids.Where(id => site.Content.FindJurisdiction(id) is null).Select(id => id.Length > 20 ? id[..20] + "…" : id).ToList();
        if (!query.ContainsKey("c") && selected.Count == 0)
        {
            selected = site.Jurisdictions.Take(3).ToList();
            unrecognised = [];
        }

        return new() { ["Selected"] = selected, ["Unrecognised"] = unrecognised, ["AsOf"] = date };
    }

    private byte[] ExportJson(DateOnly date)
    {
        var rows = DatasetExport.Rows(site.Content, date);
        return JsonSerializer.SerializeToUtf8Bytes(new { dataVersion = site.Content.Version, asOf = date, count = rows.Count, rows }, Json);
    }

    private static string Normalise(string path)
    {
        var clean = path.Split('?', '#')[0];
        return clean.EndsWith("/index.html", StringComparison.Ordinal) ? clean[..^"index.html".Length] : clean;
    }
}
