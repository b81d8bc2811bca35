using Comparison.Content.Coverage;
using Comparison.Content.Diagnostics;
using Comparison.Content.Loading;
using Comparison.Content.Model;
using Comparison.Content.Tests.Support;

namespace Comparison.Content.Tests.Coverage;

/// <summary>
/// The coverage report against the depth targets of questions.yaml: which jurisdictions must
/// answer every question, which only the core ones, and how many required answers are missing.
/// </summary>
public sealed class CoverageReportTests
{
    private static readonly ContentSet Real = new ContentLoader().Load(RepositoryPaths.Content).Content!;

    private static readonly string[] FullByIdInRealTargets = ["no", "is", "ch", "gb-eaw", "gb-sct", "gb-nir"];

    [Fact]
    public void Eu_members_and_the_listed_jurisdictions_are_held_to_every_question_the_others_to_the_core()
    {
        var report = CoverageReport.Of(Real);
        var core = Real.Questions.Targets!.CoreQuestionIds;
        Assert.Equal(5, core.Count);

        foreach (var row in report.Rows)
        {
            var jurisdiction = Real.FindJurisdiction(row.JurisdictionId)!;
            var expectFull = jurisdiction.IsMemberOf("eu") || FullByIdInRealTargets.Contains(row.JurisdictionId);
            Assert.Equal(expectFull, row.FullDepth);
            for (var i = 0; i < report.Questions.Count; i++)
            {
                Assert.Equal(expectFull || core.Contains(report.Questions[i].Id), row.Required[i]);
            }
        }

        Assert.Equal(27, report.Rows.Count(r => Real.FindJurisdiction(r.JurisdictionId)!.IsMemberOf("eu")));
        Assert.Equal(27 + FullByIdInRealTargets.Length, report.Rows.Count(r => r.FullDepth));
    }

    [Fact]
    public void Missing_counts_exactly_the_required_answers_that_are_unknown()
    {
        var report = CoverageReport.Of(Real);
        var expected = 0;
        var required = 0;
        foreach (var jurisdiction in Real.Jurisdictions)
        {
            var full = jurisdiction.IsMemberOf("eu") || FullByIdInRealTargets.Contains(jurisdiction.Id);
            foreach (var question in Real.Questions.Questions)
            {
                if (!full && !Real.Questions.Targets!.CoreQuestionIds.Contains(question.Id))
                {
                    continue;
                }

                required++;
                if (jurisdiction.Answers[question.Id].Value.IsUnknown)
                {
                    expected++;
                }
            }
        }

        Assert.Equal(required, report.RequiredCells);
        Assert.Equal(expected, report.MissingCells);
        Assert.Equal(Real.Jurisdictions.Count(j => j.Cets197.Ratified is not null && j.Cets197.InForce is not null), report.Cets197Dated);
    }

    [Fact]
    public void Greta_columns_count_the_listed_reports_and_those_without_a_year()
    {
        var report = CoverageReport.Of(Real);
        foreach (var row in report.Rows)
        {
            var reports = Real.FindJurisdiction(row.JurisdictionId)!.Cets197.Reports;
            Assert.Equal(reports.Count, row.GretaReports);
            Assert.Equal(reports.Count(r => r.Year is null), row.GretaUndated);
        }

        Assert.Equal(Real.Jurisdictions.Sum(j => j.Cets197.Reports.Count), report.GretaReports);
        Assert.Equal(Real.Jurisdictions.Sum(j => j.Cets197.Reports.Count(r => r.Year is null)), report.GretaUndated);

        // One undated report is enough to count, whatever the others say.
        var first = Real.Jurisdictions[0];
        var undated = first with { Cets197 = first.Cets197 with { Greta = [new GretaReport(1, null, null, "https://example.org/greta")] } };
        var changed = CoverageReport.Of(Real with { Jurisdictions = [undated, .. Real.Jurisdictions.Skip(1)] });
        Assert.Equal(1, changed.Rows.Single(r => r.JurisdictionId == first.Id).GretaUndated);
        Assert.Equal(1, changed.Rows.Single(r => r.JurisdictionId == first.Id).GretaReports);
    }

    [Fact]
    public void Without_targets_nothing_is_required()
    {
        var untargeted = Real with { Questions = Real.Questions with { Targets = null } };
        var report = CoverageReport.Of(untargeted);
        Assert.Equal(0, report.RequiredCells);
        Assert.Equal(0, report.MissingCells);
        Assert.All(report.Rows, r => Assert.False(r.FullDepth));
    }

    [Fact]
    public void A_core_target_naming_no_question_is_a_located_error_in_questions_yaml()
    {
        using var content = new TemporaryContent()
            .WithCountry("zz.yaml", File.ReadAllText(Path.Combine(RepositoryPaths.TestData, "valid", "zz.yaml")));
        var questionsPath = Path.Combine(content.Directory, ContentLayout.QuestionsFile);
        var lines = File.ReadAllLines(questionsPath).ToList();
        var at = lines.FindIndex(l => l == "    - reporter-immunity");
        Assert.True(at > 0, "questions.yaml lists reporter-immunity under targets.core");
        lines[at] = "    - reporter-imunity";
        File.WriteAllLines(questionsPath, lines);

        var result = content.Load();

        Assert.Null(result.Content);
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCodes.UnknownReference, error.Code);
        Assert.EndsWith(ContentLayout.QuestionsFile, error.File);
        Assert.Equal((at + 1, 7), (error.Line, error.Column));
        Assert.Contains("'reporter-imunity' is not a question id", error.Message);
    }

    private static readonly string Testland = File.ReadAllText(Path.Combine(RepositoryPaths.TestData, "valid", "zz.yaml"));

    private static CoverageRow RowOf(string yaml)
    {
        using var content = new TemporaryContent().WithCountry("zz.yaml", yaml);
        var loaded = content.Load();
        Assert.NotNull(loaded.Content);
        return Assert.Single(CoverageReport.Of(loaded.Content!).Rows);
    }

    [Fact]
    public void History_gaps_count_answers_that_record_nothing_for_part_of_the_period_since_2008()
    {
        // Testland records every answered question back to 2008: a current value without since,
        // a since before 2008, or history reaching back that far.
        Assert.Equal(0, RowOf(Testland).HistoryGaps);

        // Without its not-applicable history, the knowledge answer starts only in 2022.
        const string knowledgeHistory =
            "    history:\n      - value: not-applicable\n        until: 2021-12-31\n        summary: There was no offence to know about before 2022.\n        sources: [statute]\n";
        Assert.Contains(knowledgeHistory, Testland);
        Assert.Equal(1, RowOf(Testland.Replace(knowledgeHistory, "")).HistoryGaps);

        // A gap between a history entry and the current value counts too (2022-01-01 to 2022-02-28).
        const string offenceSince = "    since: 2022-01-01\n    summary: An offence since 2022.";
        Assert.Contains(offenceSince, Testland);
        Assert.Equal(1, RowOf(Testland.Replace(offenceSince, "    since: 2022-03-01\n    summary: An offence since 2022.")).HistoryGaps);
    }

    [Fact]
    public void Undated_values_count_answers_carried_back_to_2008_on_no_dated_provision()
    {
        // The age limit has no since and no history; it cites the old article in force from 2002,
        // so its value is dated back to 2008. Answers citing no provision are not counted.
        Assert.Equal(0, RowOf(Testland).UndatedValues);

        // Without the old article's start date, nothing shows the value held in 2008.
        const string oldFrom = "    from: 2002-10-01\n    until: 2024-06-30\n";
        Assert.Contains(oldFrom, Testland);
        Assert.Equal(1, RowOf(Testland.Replace(oldFrom, "    until: 2024-06-30\n")).UndatedValues);

        // Citing only the article in force since 2024 does not date it back to 2008 either.
        const string ageProvisions = "    summary: Up to 18.\n    provisions: [new-34, old-12a]\n";
        Assert.Contains(ageProvisions, Testland);
        var onlyNew = Testland.Replace(ageProvisions, "    summary: Up to 18.\n    provisions: [new-34]\n");
        Assert.Equal(1, RowOf(onlyNew).UndatedValues);

        // An old article that ended before 2008 dates nothing in 2008.
        Assert.Equal(1, RowOf(Testland.Replace(oldFrom, "    from: 2002-10-01\n    until: 2007-06-30\n")).UndatedValues);
    }

    [Fact]
    public void An_unknown_answer_is_no_history_gap()
    {
        var unknown = new Answer(AnswerValue.UnknownValue, new DateOnly(2020, 1, 1), "Not established.", null, null, null);
        Assert.False(CoverageReport.HasHistoryGap("reporter-immunity", unknown));
        var dated = unknown with { Value = AnswerValue.Word("yes") };
        Assert.True(CoverageReport.HasHistoryGap("reporter-immunity", dated));
    }
}
