namespace Comparison.Cli.Tests.Commands;

public sealed class ValidateCommandTests
{
    [Fact]
    public void The_repository_content_validates_with_exit_code_0()
    {
        var run = CliRun.Of("validate", "--content", Path.Combine(ScratchContent.RepositoryRoot, "content"));
        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Matches(@"^0 errors, \d+ warnings? in \d+ files$", run.OutputLines[^1]);
    }

    [Fact]
    public void Broken_content_prints_each_problem_located_then_a_count_and_exits_1()
    {
        using var content = new ScratchContent();
        File.WriteAllText(Path.Combine(content.Directory, "countries", "aa.yaml"), "id: aa\nid: ab\n");
        File.WriteAllText(Path.Combine(content.Directory, "countries", "ab.yaml"), "\tid: ab\n");

        var run = CliRun.Of("validate", "--content", content.Directory);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(run.OutputLines, l => l.EndsWith("aa.yaml:2:1: error duplicate-key: the key 'id' appears twice in this mapping (first at line 1); keep one"));
        Assert.Contains(run.OutputLines, l => l.Contains("ab.yaml:1:1: error tab:"));
        Assert.Equal("2 errors, 0 warnings in 4 files", run.OutputLines[^1]);
        Assert.DoesNotContain("Exception", run.Output + run.Error);
    }

    [Fact]
    public void A_missing_content_folder_is_a_located_error_not_a_crash()
    {
        var run = CliRun.Of("validate", "--content", "/no/such/folder");
        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("/no/such/folder:1:1: error missing-folder:", run.OutputLines[0]);
    }

    [Fact]
    public void Coverage_marks_required_unknown_answers_and_counts_the_gap_to_the_depth_targets()
    {
        using var content = new ScratchContent();
        var fixture = Path.Combine(ScratchContent.RepositoryRoot, "tests", "Comparison.Content.Tests", "TestData", "valid", "zz.yaml");
        File.Copy(fixture, Path.Combine(content.Directory, "countries", "zz.yaml"));

        var run = CliRun.Of("validate", "--content", content.Directory, "--coverage");

        Assert.True(run.ExitCode == 0, run.Output);
        // The fictional jurisdiction is an EU member, so every question is required: its two
        // unknown answers (Q9 reporter-immunity, Q14 greta-article6-assessment) show as '!'.
        var row = Assert.Single(run.OutputLines, l => l.StartsWith("zz ", StringComparison.Ordinal));
        Assert.Matches(@"^zz\s+d  d  d  d  d  d  d  d  !  d  d  d  d  !\s+y\s+1\s+12/14\s+2\s+0\s+full$", row);
        Assert.Contains("Depth targets: 12 of 14 required answers answered, 2 still unknown (!); CETS 197 dates recorded for 1 of 1", run.Output);
        Assert.Contains("GRETA reports listed: 1, 0 without their year; 0 jurisdictions list none", run.Output);
        Assert.Contains("History since 1 February 2008: 0 answered questions record nothing for part of the period", run.Output);
        Assert.Contains("Dated back to 1 February 2008: 0 answered questions have no start date and cite no provision dated in force on that day", run.Output);
        // The fictional EU member's two victim-services answers cite only a statute of 2024, before Directive (EU) 2024/1712 was due.
        Assert.Contains("Directives: 2 answers of EU members rest only on texts dated before a passed transposition deadline", run.Output);
    }

    [Fact]
    public void Undated_lists_each_answer_carried_back_to_2008_on_no_dated_provision_located()
    {
        using var content = new ScratchContent();
        var fixture = File.ReadAllText(Path.Combine(ScratchContent.RepositoryRoot, "tests", "Comparison.Content.Tests", "TestData", "valid", "zz.yaml"));
        // Without the old article's start date, the age limit (no since, no history) is dated by nothing.
        const string oldFrom = "    from: 2002-10-01\n    until: 2024-06-30\n";
        Assert.Contains(oldFrom, fixture);
        var text = fixture.Replace(oldFrom, "    until: 2024-06-30\n");
        File.WriteAllText(Path.Combine(content.Directory, "countries", "zz.yaml"), text);
        var line = Array.IndexOf(text.Split('\n'), "  minor-purchase-age-limit:") + 2;

        var run = CliRun.Of("validate", "--content", content.Directory, "--undated");

        Assert.True(run.ExitCode == 0, run.Output);
        var listed = Assert.Single(run.OutputLines, l => l.Contains(": undated "));
        Assert.EndsWith($"zz.yaml:{line}:12: undated minor-purchase-age-limit: no 'since' and no history, and none of the provisions it cites ('new-34', 'old-12a') records a start on or before 2008-02-01; "
            + "add the provision's 'from' where you read when its wording took effect, or give the answer 'since' and its earlier value as history", listed);
        Assert.Equal("1 answered question not dated back to 1 February 2008", run.OutputLines[^1]);

        using var dated = WithFixture(fixture);
        var valid = CliRun.Of("validate", "--content", dated.Directory, "--undated");
        Assert.Equal("0 answered questions not dated back to 1 February 2008", valid.OutputLines[^1]);
    }

    private static ScratchContent WithFixture(string text)
    {
        var content = new ScratchContent();
        File.WriteAllText(Path.Combine(content.Directory, "countries", "zz.yaml"), text);
        return content;
    }

    [Fact]
    public void Coverage_marks_a_jurisdiction_whose_listed_greta_report_lacks_its_year()
    {
        using var content = new ScratchContent();
        var fixture = Path.Combine(ScratchContent.RepositoryRoot, "tests", "Comparison.Content.Tests", "TestData", "valid", "zz.yaml");
        var yaml = File.ReadAllText(fixture);
        Assert.Contains("      year: 2014\n", yaml, StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(content.Directory, "countries", "zz.yaml"), yaml.Replace("      year: 2014\n", "", StringComparison.Ordinal));

        var run = CliRun.Of("validate", "--content", content.Directory, "--coverage");

        Assert.True(run.ExitCode == 0, run.Output);
        var row = Assert.Single(run.OutputLines, l => l.StartsWith("zz ", StringComparison.Ordinal));
        Assert.Matches(@"\s+y\s+1\?\s+12/14\s", row);
        Assert.Contains("GRETA reports listed: 1, 1 without their year; 0 jurisdictions list none", run.Output);
    }
}
