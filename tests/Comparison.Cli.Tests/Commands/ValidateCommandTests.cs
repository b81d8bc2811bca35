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
}
