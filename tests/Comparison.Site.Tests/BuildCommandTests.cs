using Comparison.Cli;
using Comparison.Site.Tests.Support;

namespace Comparison.Site.Tests;

public class BuildCommandTests
{
    [Fact]
    public void Build_writes_the_site_from_the_real_content_and_exits_0()
    {
        var outDir = Path.Combine(Path.GetTempPath(), "comparison-site-tests", Guid.NewGuid().ToString("N"), "site");
        try
        {
            var (code, output, error) = Run("build", "--content", Path.Combine(SiteFixture.RepositoryRoot, "content"), "--out", outDir,
                "--base-url", "https://comparison.example.org");
            Assert.True(code == 0, error);
            Assert.Matches("wrote [0-9]+ files, [0-9,]+ bytes, to .* in [0-9,]+ ms", output);
            Assert.True(File.Exists(Path.Combine(outDir, "index.html")));
            Assert.True(File.Exists(Path.Combine(outDir, "countries", "nl", "index.html")));
            Assert.True(File.Exists(Path.Combine(outDir, "assets", "site.css")));
            Assert.Contains("https://comparison.example.org/countries/nl/", File.ReadAllText(Path.Combine(outDir, "countries", "nl", "index.html")), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(outDir)!, recursive: true);
        }
    }

    [Fact]
    public void Build_refuses_broken_content_with_located_errors_and_exits_1()
    {
        var content = SiteFixture.CopyFictionalContent();
        var outDir = Path.Combine(content, "out");
        try
        {
            var zz = Path.Combine(content, "countries", "zz.yaml");
            File.WriteAllText(zz, File.ReadAllText(zz).Replace("sources: [statute]", "sources: [no-such-source]", StringComparison.Ordinal));
            var (code, _, error) = Run("build", "--content", content, "--out", outDir);
            Assert.Equal(1, code);
            Assert.Matches("zz\\.yaml:[0-9]+:[0-9]+: error unknown-reference", error);
            Assert.Contains("not building", error, StringComparison.Ordinal);
            Assert.False(Directory.Exists(outDir));
        }
        finally
        {
            Directory.Delete(content, recursive: true);
        }
    }

    [Fact]
    public void Build_requires_an_out_folder()
    {
        var (code, _, _) = Run("build", "--content", Path.Combine(SiteFixture.RepositoryRoot, "content"));
        Assert.NotEqual(0, code);
    }

    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = CliApplication.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}

public class SiteWriterTests
{
    [Theory]
    [InlineData("/../escaped.html")]
    [InlineData("/a/../../escaped.html")]
    [InlineData("/")]
    public void Refuses_paths_outside_the_folder_and_writes_nothing(string path)
    {
        var parent = Path.Combine(Path.GetTempPath(), "comparison-site-tests", Guid.NewGuid().ToString("N"));
        var root = Path.Combine(parent, "site");
        try
        {
            var files = new[] { new SiteFile("/index.html", [1], "text/html"), new SiteFile(path, [2], "text/html") };
            Assert.Throws<InvalidOperationException>(() => SiteWriter.Write(root, files));
            Assert.False(File.Exists(Path.Combine(parent, "escaped.html")));
            Assert.False(File.Exists(Path.Combine(root, "index.html")));
        }
        finally
        {
            if (Directory.Exists(parent))
            {
                Directory.Delete(parent, recursive: true);
            }
        }
    }

    [Fact]
    public void Writes_nested_files()
    {
        var root = Path.Combine(Path.GetTempPath(), "comparison-site-tests", Guid.NewGuid().ToString("N"));
        try
        {
            var bytes = SiteWriter.Write(root, [new SiteFile("/countries/nl/index.html", [1, 2, 3], "text/html")]);
            Assert.Equal(3, bytes);
            Assert.Equal([1, 2, 3], File.ReadAllBytes(Path.Combine(root, "countries", "nl", "index.html")));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
