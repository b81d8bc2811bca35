namespace Comparison.Cli.Tests.Commands;

public sealed class NewCommandTests
{
    [Fact]
    public void New_writes_a_file_that_validates_at_once()
    {
        using var content = new ScratchContent();
        var created = CliRun.Of("new", "gb-sct", "--name", "Scotland", "--state", "United Kingdom", "--language", "en", "--content", content.Directory);
        Assert.True(created.ExitCode == 0, created.Error);
        var path = Path.Combine(content.Directory, "countries", "gb-sct.yaml");
        Assert.True(File.Exists(path));
        Assert.StartsWith("# yaml-language-server: $schema=../../schemas/jurisdiction.schema.json", File.ReadAllText(path));

        var validated = CliRun.Of("validate", "--content", content.Directory);
        Assert.True(validated.ExitCode == 0, validated.Output);
        Assert.StartsWith("0 errors", validated.OutputLines[^1]);
    }

    [Fact]
    public void New_never_overwrites_an_existing_file()
    {
        using var content = new ScratchContent();
        var path = Path.Combine(content.Directory, "countries", "nl.yaml");
        File.WriteAllText(path, "keep me");
        var run = CliRun.Of("new", "nl", "--name", "Netherlands", "--content", content.Directory);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("already exists", run.Error);
        Assert.Equal("keep me", File.ReadAllText(path));
    }

    [Theory]
    [InlineData("NL")]
    [InlineData("../../etc")]
    [InlineData("netherlands")]
    public void New_refuses_an_id_that_is_not_an_iso_code(string id)
    {
        using var content = new ScratchContent();
        var run = CliRun.Of("new", id, "--name", "X", "--content", content.Directory);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("is not a jurisdiction id", run.Error);
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(content.Directory, "countries")));
    }

    [Fact]
    public void New_without_a_name_explains_what_is_missing()
    {
        var run = CliRun.Of("new", "nl");
        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("--name", run.Error);
    }
}
