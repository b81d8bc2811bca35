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
