using Comparison.Cli.Tests.Commands;

namespace Comparison.Cli.Tests.Links;

/// <summary>`comparison check-links` on a content folder, with the network faked.</summary>
public sealed class CheckLinksCommandTests : IDisposable
{
    private readonly ScratchContent content = new();
    private readonly string file;

    public CheckLinksCommandTests()
    {
        file = Path.Combine(content.Directory, "countries", "zz.yaml");
        File.Copy(Path.Combine(ScratchContent.RepositoryRoot, "tests", "Comparison.Site.Tests", "TestData", "zz.yaml"), file);
    }

    public void Dispose() => content.Dispose();

    [Fact]
    public void A_broken_link_is_printed_where_it_is_written_with_its_status_and_the_exit_code_is_1()
    {
        var run = CliRun.With(() => new FakeWeb(request => request.RequestUri!.AbsoluteUri switch
        {
            "https://example.org/law/34" => FakeWeb.Status(404),
            "https://example.org/answer" => FakeWeb.Status(301, "https://example.org/answers"),
            _ => FakeWeb.Status(200),
        }), "check-links", "--content", content.Directory, "--delay-ms", "0");

        Assert.Equal(1, run.ExitCode);
        var (line, column) = Locate("url: https://example.org/law/34");
        Assert.Contains($"countries/zz.yaml:{line}:{column} https://example.org/law/34 404", run.Output);
        var (answerLine, answerColumn) = Locate("url: https://example.org/answer");
        Assert.Contains($"countries/zz.yaml:{answerLine}:{answerColumn} https://example.org/answer 301 -> https://example.org/answers 200", run.Output);
        Assert.Matches(@"\d+ links \(\d+ distinct URLs on \d+ hosts\): \d+ ok, 1 redirected, 1 broken in", run.Output);
    }

    [Fact]
    public void When_every_link_answers_the_exit_code_is_0()
    {
        var run = CliRun.With(() => new FakeWeb(_ => FakeWeb.Status(200)), "check-links", "--content", content.Directory, "--delay-ms", "0");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains(", 0 broken in", run.Output);
    }

    [Fact]
    public void Invalid_content_is_not_checked()
    {
        File.WriteAllText(file, File.ReadAllText(file).Replace("id: zz\n", "id: [zz\n"));
        var asked = false;
        var run = CliRun.With(() => new FakeWeb(_ =>
        {
            asked = true;
            return FakeWeb.Status(200);
        }), "check-links", "--content", content.Directory);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("not checking links", run.Error);
        Assert.False(asked);
    }

    private (int Line, int Column) Locate(string text)
    {
        var lines = File.ReadAllLines(file);
        var index = Array.FindIndex(lines, l => l.Trim() == text);
        return (index + 1, lines[index].IndexOf("https", StringComparison.Ordinal) + 1);
    }
}
