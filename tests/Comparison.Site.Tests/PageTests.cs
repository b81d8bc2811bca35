using Comparison.Site.Tests.Support;

namespace Comparison.Site.Tests;

/// <summary>What a reader sees on each page, on the real content and the fictional one.</summary>
public class PageTests
{
    private static readonly Dictionary<string, string> NoQuery = [];

    private static readonly SiteBuilder Real = new(SiteFixture.Real, SiteFixture.Options);

    private static readonly SiteBuilder Fictional = new(SiteFixture.Fictional, SiteFixture.Options);

    [Fact]
    public async Task The_Netherlands_in_April_2019_had_art_248b_and_answered_yes()
    {
        var html = (await Real.RenderPageAsync("/countries/nl/", new DateOnly(2019, 4, 12), NoQuery))!;
        var answer = Html.Section(html, "minor-purchase-offence");
        Assert.Contains("<span class=\"badge v-yes\">Yes</span>", answer, StringComparison.Ordinal);
        Assert.Contains("from 2000-10-01 until 2024-06-30", answer, StringComparison.Ordinal);
        Assert.Contains("href=\"#provision-sr-248b\"", answer, StringComparison.Ordinal);

        var inForce = Html.Between(html, "<h2 id=\"provisions-h\">", "<section id=\"sources\"");
        Assert.Contains("<article id=\"provision-sr-248b\" class=\"provision in-force\">", inForce, StringComparison.Ordinal);
        Assert.Contains("<blockquote lang=\"nl\">Artikel 248b", inForce, StringComparison.Ordinal);
        Assert.Contains("Unofficial English translation", inForce, StringComparison.Ordinal);
        Assert.Contains("Showing the law as it stood on <strong>2019-04-12</strong>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_Netherlands_today_does_not_show_art_248b_in_force()
    {
        var html = SiteFixture.RealSite.Page("/countries/nl/index.html");
        var inForce = Html.Between(html, "<h2 id=\"provisions-h\">", "<h3>Other recorded provisions");
        Assert.DoesNotContain("provision-sr-248b", inForce, StringComparison.Ordinal);
        Assert.DoesNotContain("Artikel 248b", inForce, StringComparison.Ordinal);
        Assert.Contains("<article id=\"provision-sr-251\" class=\"provision in-force\">", inForce, StringComparison.Ordinal);
        Assert.Contains("<li id=\"provision-sr-248b\">", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"badge v-unknown\">Unknown</span>", Html.Section(html, "minor-purchase-offence"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_country_page_has_its_timeline_sources_review_and_citation()
    {
        var html = SiteFixture.FictionalSite.Page("/countries/zz/index.html");
        var timeline = Html.Between(html, "<ol class=\"timeline\">", "</ol>");
        var dates = System.Text.RegularExpressions.Regex.Matches(timeline, "<time datetime=\"([0-9-]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);
        Assert.Contains("2002-10-01", dates);
        Assert.Contains("2021-12-31", dates);
        Assert.Contains("<li id=\"source-statute\">", html, StringComparison.Ordinal);
        Assert.Contains("Draft: the answers were written from the sources listed by one contributor. 1 of 12 known answers have since been checked", html, StringComparison.Ordinal);
        Assert.Contains("https://comparison.example.org/countries/zz/", Html.Between(html, "<pre class=\"cite\"", "</pre>"), StringComparison.Ordinal);
        Assert.Contains($"Accessed {SiteFixture.Today:yyyy-MM-dd}", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"badge v-na\">N/A</span>", Html.Section(html, "reporter-immunity-conditions"), StringComparison.Ordinal);
        Assert.Contains("<span class=\"badge v-text\">See text</span>", Html.Section(html, "minor-purchase-enforcement"), StringComparison.Ordinal);
        Assert.Contains("Negligence (the buyer should have suspected)", Html.Section(html, "minor-purchase-age-knowledge"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_answer_says_whether_it_was_checked_against_the_primary_text()
    {
        // zz's penalty answer carries checked: 2026-11-01; its other answers are drafts.
        var html = SiteFixture.FictionalSite.Page("/countries/zz/index.html");
        Assert.Contains("<p class=\"check checked\">Checked against the primary text on 2026-11-01.</p>", Html.Section(html, "minor-purchase-max-penalty"), StringComparison.Ordinal);
        Assert.Contains("<p class=\"check\">Draft: not yet checked against the primary text by a second reader.</p>", Html.Section(html, "minor-purchase-offence"), StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"check", Html.Section(html, "reporter-immunity"), StringComparison.Ordinal);

        // The check covers the answer's history, so the page as of an earlier date still says so.
        var then = (await Fictional.RenderPageAsync("/countries/zz/", new DateOnly(2019, 4, 12), NoQuery))!;
        Assert.Contains("Checked against the primary text on 2026-11-01.", Html.Section(then, "minor-purchase-max-penalty"), StringComparison.Ordinal);

        var question = SiteFixture.FictionalSite.Page("/questions/minor-purchase-max-penalty/index.html");
        var row = Html.Between(question, "<tr><th scope=\"row\"><a href=\"/countries/zz/#minor-purchase-max-penalty\">", "</tr>");
        Assert.Contains("<span class=\"tag checked\" title=\"Checked against the primary text on 2026-11-01.\">checked</span>", row, StringComparison.Ordinal);
        var draft = Html.Between(SiteFixture.FictionalSite.Page("/questions/minor-purchase-offence/index.html"), "<tr><th scope=\"row\"><a href=\"/countries/zz/#minor-purchase-offence\">", "</tr>");
        Assert.Contains(">draft</span>", draft, StringComparison.Ordinal);

        var compare = (await Fictional.RenderPageAsync("/compare/", SiteFixture.Today, new Dictionary<string, string> { ["c"] = "zz" }))!;
        var cells = Html.Between(compare, "<a href=\"/questions/minor-purchase-max-penalty/\">", "</tr>");
        Assert.Contains("<span class=\"tag checked\"", cells, StringComparison.Ordinal);
    }

    [Fact]
    public void The_spreadsheet_export_has_each_answers_checked_date()
    {
        var rows = Comparison.Site.Exports.DatasetExport.Rows(SiteFixture.Fictional, SiteFixture.Today);
        Assert.Equal("2026-11-01", Assert.Single(rows, r => r.JurisdictionId == "zz" && r.QuestionId == "minor-purchase-max-penalty").Checked);
        Assert.Null(Assert.Single(rows, r => r.JurisdictionId == "zz" && r.QuestionId == "minor-purchase-offence").Checked);
        var header = System.Text.Encoding.UTF8.GetString(Comparison.Site.Exports.DatasetExport.Csv(SiteFixture.Fictional, SiteFixture.Today)).Split("\r\n")[0];
        Assert.EndsWith("\"review_status\",\"last_reviewed\",\"checked\"", header, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_eu_answer_resting_only_on_texts_before_a_passed_transposition_deadline_says_so()
    {
        // zz (an EU member) answers victim-services-offence from a statute dated 2024-07-01; Directive (EU) 2024/1712 was due on 2026-07-15.
        const string notice = "Directive (EU) 2024/1712 (Art. 18a (inserted in Directive 2011/36/EU)) had to be transposed by 2026-07-15; every text this answer cites is dated earlier, so a law transposing it may have changed this answer.";
        var html = SiteFixture.FictionalSite.Page("/countries/zz/index.html");
        Assert.Contains($"<p class=\"currency\">{notice}</p>", Html.Section(html, "victim-services-offence"), StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"currency\"", Html.Section(html, "minor-purchase-offence"), StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"currency\"", SiteFixture.FictionalSite.Page("/countries/zy/index.html"), StringComparison.Ordinal);

        // As of a date before the deadline, nothing was due yet.
        var then = (await Fictional.RenderPageAsync("/countries/zz/", new DateOnly(2026, 7, 1), NoQuery))!;
        Assert.DoesNotContain("class=\"currency\"", then, StringComparison.Ordinal);

        var compare = (await Fictional.RenderPageAsync("/compare/", SiteFixture.Today, new Dictionary<string, string> { ["c"] = "zz" }))!;
        Assert.Contains($"<span class=\"tag currency-tag\" title=\"{notice}\">may predate a directive</span>", Html.Between(compare, "<a href=\"/questions/victim-services-offence/\">", "</tr>"), StringComparison.Ordinal);

        var about = SiteFixture.FictionalSite.Page("/about/index.html");
        Assert.Contains("Directives: 2 answers of EU members rest only on texts dated before the transposition deadline", about, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_since_that_is_only_the_earliest_text_read_says_at_least_since_everywhere()
    {
        // zy's age limit is dated by the earliest text read (sinceBasis: earliest-text); zz's penalty by its in-force date.
        var html = SiteFixture.FictionalSite.Page("/countries/zy/index.html");
        Assert.Contains("at least since 2021-04-21 (the earliest text read; when it took effect was not established)", Html.Section(html, "minor-purchase-age-limit"), StringComparison.Ordinal);
        Assert.Contains("in force by this date (current; the earliest text read, start not established)", Html.Between(html, "<ol class=\"timeline\">", "</ol>"), StringComparison.Ordinal);
        Assert.DoesNotContain("at least since", Html.Section(SiteFixture.FictionalSite.Page("/countries/zz/index.html"), "minor-purchase-max-penalty"), StringComparison.Ordinal);

        var question = SiteFixture.FictionalSite.Page("/questions/minor-purchase-age-limit/index.html");
        Assert.Contains("<td>at least since 2021-04-21</td>", Html.Between(question, "<a href=\"/countries/zy/#minor-purchase-age-limit\">", "</tr>"), StringComparison.Ordinal);

        var compare = (await Fictional.RenderPageAsync("/compare/", SiteFixture.Today, new Dictionary<string, string> { ["c"] = "zy" }))!;
        Assert.Contains("<span class=\"period\"> at least since 2021-04-21</span>", Html.Between(compare, "<a href=\"/questions/minor-purchase-age-limit/\">", "</tr>"), StringComparison.Ordinal);

        var rows = Comparison.Site.Exports.DatasetExport.Rows(SiteFixture.Fictional, SiteFixture.Today);
        Assert.Equal("earliest-text", Assert.Single(rows, r => r.JurisdictionId == "zy" && r.QuestionId == "minor-purchase-age-limit").SinceBasis);
        Assert.Equal("in-force", Assert.Single(rows, r => r.JurisdictionId == "zz" && r.QuestionId == "minor-purchase-max-penalty").SinceBasis);
        Assert.Null(Assert.Single(rows, r => r.JurisdictionId == "zy" && r.QuestionId == "minor-purchase-offence").SinceBasis);
        var header = System.Text.Encoding.UTF8.GetString(Comparison.Site.Exports.DatasetExport.Csv(SiteFixture.Fictional, SiteFixture.Today)).Split("\r\n")[0];
        Assert.Contains("\"valid_from\",\"valid_from_basis\",\"valid_until\"", header, StringComparison.Ordinal);

        // Before the earliest text, the recorded value is unknown, not the current one.
        var then = (await Fictional.RenderPageAsync("/countries/zy/", new DateOnly(2019, 1, 1), NoQuery))!;
        Assert.Contains("<span class=\"badge v-unknown\">Unknown</span>", Html.Section(then, "minor-purchase-age-limit"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_home_matrix_shows_words_with_colour_classes_and_marks_draft()
    {
        var html = SiteFixture.FictionalSite.Page("/index.html");
        var row = Html.Between(html, "<tr><th scope=\"row\"><a href=\"/countries/zz/\">", "</tr>");
        Assert.Contains("<span class=\"tag\">draft</span>", row, StringComparison.Ordinal);
        Assert.Contains("<td class=\"v-yes\">Yes</td>", row, StringComparison.Ordinal);
        Assert.Contains("<td class=\"v-value\">18</td>", row, StringComparison.Ordinal);
        Assert.Contains("<td class=\"v-unknown\">Unknown</td>", row, StringComparison.Ordinal);
        Assert.Contains("<td class=\"v-value\">Legislation, Research</td>", row, StringComparison.Ordinal);
        Assert.Contains("href=\"/?group=minors\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/?membership=eu\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/?map=reporter-immunity\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_home_filters_work_through_the_query()
    {
        var html = (await Fictional.RenderPageAsync("/", SiteFixture.Today, new Dictionary<string, string> { ["group"] = "reporting", ["membership"] = "eu", ["map"] = "reporting-duty" }))!;
        var table = Html.Between(html, "<table class=\"matrix\">", "</table>");
        Assert.Contains("/countries/zz/", table, StringComparison.Ordinal);
        Assert.DoesNotContain("/countries/zy/", table, StringComparison.Ordinal); // zy is not in the EU
        Assert.Contains("/questions/reporter-immunity/", table, StringComparison.Ordinal);
        Assert.DoesNotContain("/questions/minor-purchase-offence/", table, StringComparison.Ordinal);
        Assert.Contains("Map: Legal duty to report suspected exploitation of a minor", html, StringComparison.Ordinal);
        Assert.Contains("<input type=\"hidden\" name=\"group\" value=\"reporting\" />", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compare_marks_the_rows_that_differ_in_words()
    {
        var html = (await Fictional.RenderPageAsync("/compare/", new DateOnly(2019, 4, 12), new Dictionary<string, string> { ["c"] = "zz,zy,xx" }))!;
        var adults = Html.Between(html, "<tr class=\"differs\"><th scope=\"row\"><a href=\"/questions/adult-purchase-offence/\">", "</tr>");
        Assert.Contains("<span class=\"differs-tag\">Differs</span>", adults, StringComparison.Ordinal);
        Assert.Contains("<tr><th scope=\"row\"><a href=\"/questions/minor-purchase-offence/\">", html, StringComparison.Ordinal); // both yes
        Assert.Contains("Not a jurisdiction id, left out: xx", html, StringComparison.Ordinal);
        Assert.Contains("id=\"c-zz\" name=\"c\" value=\"zz\" checked", html, StringComparison.Ordinal);
        Assert.Contains("value=\"2019-04-12\"", html, StringComparison.Ordinal);
        Assert.Contains("<a class=\"ext\" href=\"https://example.org/law\">Testwetboek</a>", adults, StringComparison.Ordinal); // sources print with the comparison
    }

    [Fact]
    public void The_built_compare_page_shows_the_default_selection()
    {
        var html = SiteFixture.RealSite.Page("/compare/index.html");
        Assert.Contains("<caption id=\"compare-caption\">Netherlands, Germany, Sweden as of", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_results_show_hits_snippets_paging_and_facets()
    {
        var hits = Enumerable.Range(1, 20).Select(i => new SearchPageHit($"Hit {i}", "/countries/zz/#minor-purchase-offence", "answer", "Testland", "yes",
            ["paying for <mark>sex</mark> with a minor"])).ToList();
        var html = await Fictional.RenderSearchPageAsync(new SearchPageModel("sex minor", new DateOnly(2019, 4, 12), 45, 2, 20, hits,
            [new SearchFacet("Country", [("zz", "Testland", 45, "/search/?q=sex+minor&country=zz")])], null));
        Assert.Contains("45 results for <q>sex minor</q>, as of 2019-04-12; showing 21–40.", html, StringComparison.Ordinal);
        Assert.Contains("paying for <mark>sex</mark> with a minor", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/search/?q=sex%20minor&amp;asOf=2019-04-12&amp;page=3\" rel=\"next\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/search/?q=sex%20minor&amp;asOf=2019-04-12\" rel=\"prev\"", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/search/?q=sex&#x2B;minor&amp;country=zz\">Testland</a>", html, StringComparison.Ordinal);
        Assert.Contains("<script src=\"/assets/search.js\" defer></script>", html, StringComparison.Ordinal);
        Assert.Contains("data-api=\"/api/v1\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_query_shows_its_error()
    {
        var html = await Fictional.RenderSearchPageAsync(new SearchPageModel("", null, 0, 1, 20, [], [], "Type at least one word to search for."));
        Assert.Contains("<p class=\"error\" role=\"alert\">Type at least one word to search for.</p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_paths_render_nothing_and_known_ones_render()
    {
        Assert.Null(await Fictional.RenderPageAsync("/countries/xx/", SiteFixture.Today, NoQuery));
        Assert.Null(await Fictional.RenderPageAsync("/nope/", SiteFixture.Today, NoQuery));
        Assert.NotNull(await Fictional.RenderPageAsync("/questions/reporting-duty/index.html", SiteFixture.Today, NoQuery));
        Assert.NotNull(await Fictional.RenderPageAsync("/about/", SiteFixture.Today, NoQuery));
        Assert.NotNull(await Fictional.RenderPageAsync("/help-wanted/", SiteFixture.Today, NoQuery));
        var early = (await Fictional.RenderPageAsync("/countries/zz/", new DateOnly(1990, 1, 1), NoQuery))!;
        Assert.Contains("value=\"2008-02-01\"", early, StringComparison.Ordinal);
    }

    [Fact]
    public void The_question_page_has_a_map_a_table_and_its_instruments()
    {
        var html = SiteFixture.RealSite.Page("/questions/minor-purchase-offence/index.html");
        Assert.Contains("<svg class=\"map-svg\"", html, StringComparison.Ordinal);
        Assert.Contains("<caption id=\"answers-caption\">", html, StringComparison.Ordinal);
        Assert.Contains("Lanzarote", html, StringComparison.Ordinal);
        Assert.Contains("<ul class=\"legend\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_follow_up_question_page_says_where_it_applies()
    {
        var followUp = SiteFixture.RealSite.Page("/questions/minor-purchase-age-limit/index.html");
        Assert.Contains("<p class=\"note applies-when\">", followUp, StringComparison.Ordinal);
        Assert.Contains("href=\"/questions/minor-purchase-offence/\"", followUp, StringComparison.Ordinal);
        Assert.Contains("is yes or partial", followUp, StringComparison.Ordinal);
        Assert.DoesNotContain("may apply", followUp, StringComparison.Ordinal);
        var penalty = SiteFixture.RealSite.Page("/questions/minor-purchase-max-penalty/index.html");
        Assert.Contains("is yes, and may apply where it is partial", penalty, StringComparison.Ordinal);
        var first = SiteFixture.RealSite.Page("/questions/minor-purchase-offence/index.html");
        Assert.DoesNotContain("applies-when", first, StringComparison.Ordinal);
    }

    [Fact]
    public void The_about_page_has_the_coverage_grid_with_totals()
    {
        var html = SiteFixture.FictionalSite.Page("/about/index.html");
        Assert.Contains("<table class=\"coverage\">", html, StringComparison.Ordinal);
        Assert.Contains("<tfoot>", html, StringComparison.Ordinal);
        Assert.Contains("CC BY 4.0", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"v-partial\">D</td>", html, StringComparison.Ordinal);
        // The fictional EU member must answer every question: its unknown ones are marked missing.
        Assert.Contains("<td class=\"v-missing\">!</td>", html, StringComparison.Ordinal);
        Assert.Contains("required answers are answered", html, StringComparison.Ordinal);
        // GRETA column: the fictional EU member lists one dated report, the other none.
        Assert.Contains("GRETA evaluation reports listed: 1 (column GRETA); 0 of them", html, StringComparison.Ordinal);
        // Both fictional jurisdictions record every answered question back to 1 February 2008.
        Assert.Contains("Law as of a date: 0 answered questions record nothing for part of the period since 1 February 2008", html, StringComparison.Ordinal);
        // The second fictional jurisdiction's offence answer has no since and cites one undated article.
        Assert.Contains("1 answered question has no recorded start date and cites no provision dated in force on 1 February 2008", html, StringComparison.Ordinal);
        Assert.Matches("<td class=\"v-missing\">!</td><td class=\"v-missing\">0</td><td>\\d+ / 14</td>", html);
        Assert.Matches("<td class=\"v-yes\">Yes</td><td>1</td><td>\\d+ / 14</td>", html);
    }

    [Fact]
    public void The_help_wanted_page_lists_each_jurisdictions_gaps_with_what_would_settle_them()
    {
        var html = SiteFixture.FictionalSite.Page("/help-wanted/index.html");

        // zz is an EU member (every question required): two unknown answers, eleven drafts, two answers that may predate the directive.
        var zz = Html.Section(html, "zz");
        var missing = Html.Between(zz, "Required by the target depth, still unknown</h3>", "<h3>");
        Assert.Contains("<a href=\"/countries/zz/#reporter-immunity\">", missing, StringComparison.Ordinal);
        Assert.Contains("<summary>What is missing</summary><div class=\"summary\"><p>No source read settles this.</p>", missing, StringComparison.Ordinal);
        Assert.True(missing.IndexOf("#reporter-immunity\"", StringComparison.Ordinal) < missing.IndexOf("#greta-article6-assessment\"", StringComparison.Ordinal), "questions keep their order");
        Assert.DoesNotContain("<h3>Other unknown answers</h3>", zz, StringComparison.Ordinal);
        var draft = Html.Between(zz, "<h3>Draft: to check against the primary texts cited</h3>", "</p>");
        Assert.Equal(11, System.Text.RegularExpressions.Regex.Matches(draft, "<a href=").Count);
        Assert.DoesNotContain("#minor-purchase-max-penalty\"", draft, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/countries/zz/#victim-services-offence\">", Html.Between(zz, "<h3>May predate a directive</h3>", "</ul>"), StringComparison.Ordinal);
        Assert.DoesNotContain("CETS 197 and GRETA", zz, StringComparison.Ordinal);

        // zy is only held to the core questions: the other unknown answers are listed apart; no CETS 197 dates, no GRETA report.
        var zy = Html.Section(html, "zy");
        var required = Html.Between(zy, "Required by the target depth, still unknown</h3>", "<h3>");
        Assert.Equal(3, System.Text.RegularExpressions.Regex.Matches(required, "<li class=\"gap\">").Count);
        Assert.Contains("#victim-services-offence\"", required, StringComparison.Ordinal);
        Assert.Contains("#minor-purchase-age-knowledge\"", Html.Between(zy, "<h3>Other unknown answers</h3>", "</ul>"), StringComparison.Ordinal);
        Assert.Contains("date of ratification or accession and of entry into force not recorded", zy, StringComparison.Ordinal);
        Assert.Contains("<li>No GRETA evaluation report is listed</li>", zy, StringComparison.Ordinal);

        // The totals are the coverage report's.
        var coverage = Comparison.Content.Coverage.CoverageReport.Of(SiteFixture.Fictional);
        var totals = Html.Between(html, "<tfoot>", "</tfoot>");
        Assert.Contains($"<th scope=\"row\">Total</th><td>{coverage.MissingCells}</td><td>{coverage.Count(Comparison.Content.Coverage.CoverageState.Unknown) - coverage.MissingCells}</td><td>{coverage.Count(Comparison.Content.Coverage.CoverageState.Draft)}</td><td>{coverage.UndatedValues}</td><td>2</td>", totals, StringComparison.Ordinal);

        // Each country page links to its section; the footer links to the page.
        Assert.Contains("<a href=\"/help-wanted/#zz\">What is still to be researched for", SiteFixture.FictionalSite.Page("/countries/zz/index.html"), StringComparison.Ordinal);
        Assert.Contains("<a href=\"/help-wanted/\">Help wanted</a>", SiteFixture.FictionalSite.Page("/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_help_wanted_page_on_the_real_content_agrees_with_the_coverage_report()
    {
        var html = SiteFixture.RealSite.Page("/help-wanted/index.html");
        var coverage = Comparison.Content.Coverage.CoverageReport.Of(SiteFixture.Real);
        Assert.Contains($"<strong>{coverage.MissingCells}</strong> answers the target depth requires are still unknown", html, StringComparison.Ordinal);
        Assert.Contains($"<strong>{coverage.Count(Comparison.Content.Coverage.CoverageState.Draft)}</strong> answers are in draft", html, StringComparison.Ordinal);
        Assert.Contains($"<strong>{Comparison.Content.Currency.Transposition.CountPending(SiteFixture.Real, SiteFixture.Today)}</strong> answers of EU members", html, StringComparison.Ordinal);

        // Every jurisdiction is a row of the overview; every one with a required unknown answer has a section listing it.
        Assert.Equal(coverage.Rows.Count, System.Text.RegularExpressions.Regex.Matches(Html.Between(html, "<tbody>", "</tbody>"), "<tr><th scope=\"row\">").Count);
        foreach (var row in coverage.Rows)
        {
            if (row.Missing > 0)
            {
                Assert.Contains($"<th scope=\"row\"><a href=\"#{row.JurisdictionId}\">", html, StringComparison.Ordinal);
                var section = Html.Section(html, row.JurisdictionId);
                Assert.Equal(row.Missing, System.Text.RegularExpressions.Regex.Matches(Html.Between(section, "Required by the target depth, still unknown</h3>", "<h3>"), "<li class=\"gap\">").Count);
            }
        }
    }
}
