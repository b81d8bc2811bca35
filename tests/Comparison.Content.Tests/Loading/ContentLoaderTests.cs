using Comparison.Content.Diagnostics;
using Comparison.Content.Loading;
using Comparison.Content.Tests.Support;

namespace Comparison.Content.Tests.Loading;

public sealed class ContentLoaderTests
{
    [Fact]
    public void Every_file_under_content_validates()
    {
        var result = new ContentLoader().Load(RepositoryPaths.Content);
        Assert.True(result.ErrorCount == 0, string.Join(Environment.NewLine, result.Diagnostics.Where(d => d.IsError)));
        Assert.NotNull(result.Content);
        Assert.NotEmpty(result.Content.Questions.Questions);
    }

    [Fact]
    public void The_fourteen_fixed_question_ids_are_present()
    {
        string[] ids =
        [
            "minor-purchase-offence", "minor-purchase-age-limit", "minor-purchase-age-knowledge", "minor-purchase-max-penalty",
            "minor-purchase-enforcement", "adult-purchase-offence", "victim-services-offence", "victim-services-knowledge",
            "reporter-immunity", "reporter-immunity-conditions", "reporting-duty", "article6-measures", "decoy-investigations",
            "greta-article6-assessment",
        ];
        var content = new ContentLoader().Load(RepositoryPaths.Content).Content!;
        Assert.Equal(ids, content.Questions.Questions.Select(q => q.Id));
    }

    [Fact]
    public void A_missing_folder_is_one_plain_error_not_an_exception()
    {
        var result = new ContentLoader().Load(Path.Combine(Path.GetTempPath(), "no-such-content-" + Guid.NewGuid()));
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.MissingFolder, diagnostic.Code);
        Assert.Null(result.Content);
    }

    [Fact]
    public void Every_problem_in_every_file_is_reported_in_one_run()
    {
        var valid = File.ReadAllText(Path.Combine(RepositoryPaths.TestData, "valid", "zz.yaml"));
        using var content = new TemporaryContent()
            .WithCountry("zz.yaml", valid.Replace("value: partial", "value: maybe").Replace("https://example.org/law/34", "https://localhost/x"))
            .WithCountry("zy.yaml", "id: [oops\n")
            .WithCountry("zx.yaml", "\tid: zx\n");
        var result = content.Load();
        Assert.Contains(result.Diagnostics, d => d.File.EndsWith("zz.yaml") && d.Code == DiagnosticCodes.ValueType);
        Assert.Contains(result.Diagnostics, d => d.File.EndsWith("zz.yaml") && d.Code == DiagnosticCodes.Url);
        Assert.Contains(result.Diagnostics, d => d.File.EndsWith("zy.yaml") && d.Code == DiagnosticCodes.YamlSyntax);
        Assert.Contains(result.Diagnostics, d => d.File.EndsWith("zx.yaml") && d.Code == DiagnosticCodes.Tab);
        Assert.Equal(3, result.FileCount - 2);
    }

    [Fact]
    public void Diagnostics_name_the_file_under_the_folder_the_user_gave()
    {
        using var content = new TemporaryContent().WithCountry("zy.yaml", "id: [oops\n");
        var diagnostic = Assert.Single(content.Load().Diagnostics);
        Assert.Equal($"{content.Directory}/countries/zy.yaml", diagnostic.File);
        Assert.Matches(@"^.+/countries/zy\.yaml:\d+:\d+: error yaml-syntax: .+$", diagnostic.ToString());
    }

    [Fact]
    public void The_version_is_a_hash_of_the_content_and_changes_with_it()
    {
        var valid = File.ReadAllText(Path.Combine(RepositoryPaths.TestData, "valid", "zz.yaml"));
        using var first = new TemporaryContent().WithCountry("zz.yaml", valid);
        using var same = new TemporaryContent().WithCountry("zz.yaml", valid);
        using var edited = new TemporaryContent().WithCountry("zz.yaml", valid.Replace("Six years.", "Six years (edited)."));
        var version = first.Load().Content!.Version;
        Assert.Equal(version, same.Load().Content!.Version);
        Assert.NotEqual(version, edited.Load().Content!.Version);
        Assert.Matches("^[0-9a-f]{12}$", version);
    }
}
