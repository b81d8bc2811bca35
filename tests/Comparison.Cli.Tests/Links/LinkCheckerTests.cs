using System.Net;
using Comparison.Cli.Links;

namespace Comparison.Cli.Tests.Links;

/// <summary>The checker's rules, against an in-memory network (no request leaves the machine).</summary>
public sealed class LinkCheckerTests
{
    private static readonly LinkCheckOptions Quick = new(Concurrency: 8, PerHost: 1, DelayPerHost: TimeSpan.Zero, Timeout: TimeSpan.FromSeconds(5));

    [Fact]
    public async Task A_page_that_answers_head_is_ok_without_a_get()
    {
        var web = new FakeWeb(_ => FakeWeb.Status(200));
        var result = await Check(web, "https://law.example/a");
        Assert.False(result.IsBroken);
        Assert.Equal(200, result.Status);
        Assert.Equal(["HEAD"], web.Requests.Select(r => r.Method));
    }

    [Theory]
    [InlineData(405)]
    [InlineData(403)]
    [InlineData(404)]
    [InlineData(501)]
    public async Task A_refused_head_is_tried_again_with_get(int headStatus)
    {
        var web = new FakeWeb(request => FakeWeb.Status(request.Method == HttpMethod.Head ? headStatus : 200));
        var result = await Check(web, "https://law.example/a");
        Assert.False(result.IsBroken);
        Assert.True(result.UsedGet);
        Assert.Equal(["HEAD", "GET"], web.Requests.Select(r => r.Method));
    }

    [Fact]
    public async Task A_page_missing_for_get_too_is_broken_with_its_status()
    {
        var result = await Check(new FakeWeb(_ => FakeWeb.Status(404)), "https://law.example/gone");
        Assert.True(result.IsBroken);
        Assert.Equal("404", result.Describe());
    }

    [Fact]
    public async Task Redirects_are_followed_hop_by_hop_and_reported()
    {
        var web = new FakeWeb(request => request.RequestUri!.AbsolutePath switch
        {
            "/old" => FakeWeb.Status(301, "https://law.example/newer"),
            "/newer" => FakeWeb.Status(302, "/newest?x=1"),
            _ => FakeWeb.Status(200),
        });
        var result = await Check(web, "https://law.example/old");
        Assert.False(result.IsBroken);
        Assert.Equal([301, 302], result.Redirects.Select(r => r.Status));
        Assert.Equal("https://law.example/newest?x=1", result.FinalUrl);
    }

    [Fact]
    public async Task A_redirect_loop_is_broken()
    {
        var web = new FakeWeb(request => FakeWeb.Status(302, request.RequestUri!.AbsolutePath == "/a" ? "/b" : "/a"));
        var result = await Check(web, "https://law.example/a");
        Assert.True(result.IsBroken);
        Assert.Contains("more than 10 redirects", result.Describe());
    }

    [Fact]
    public async Task A_server_that_does_not_answer_is_a_timeout_and_is_not_asked_again()
    {
        var web = new FakeWeb(async (_, token) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(30), token);
            return FakeWeb.Status(200);
        });
        var checker = new LinkChecker(web, Quick with { Timeout = TimeSpan.FromMilliseconds(200) }, TimeProvider.System);
        var result = await checker.CheckAsync("https://slow.example/a");
        Assert.Equal("timeout", result.Describe());
        Assert.Single(web.Requests);
    }

    [Fact]
    public async Task A_network_error_is_broken_with_its_reason()
    {
        var web = new FakeWeb((_, _) => throw new HttpRequestException("Name or service not known"));
        var result = await Check(web, "https://nowhere.example/");
        Assert.Equal("error: Name or service not known", result.Describe());
    }

    [Fact]
    public async Task Requests_stay_within_the_overall_and_the_per_host_limits()
    {
        var web = new FakeWeb(async (_, token) =>
        {
            await Task.Delay(30, token);
            return FakeWeb.Status(200);
        });
        var urls = Enumerable.Range(0, 40).Select(i => $"https://host{i % 5}.example/page{i}").ToList();
        var checker = new LinkChecker(web, Quick with { Concurrency = 3, PerHost = 1 }, TimeProvider.System);
        var results = await checker.CheckAllAsync(urls.Concat(urls));

        Assert.Equal(40, results.Count);
        Assert.Equal(40, web.Requests.Count);
        Assert.True(web.MostInFlight <= 3, $"{web.MostInFlight} in flight");
        Assert.Equal(1, web.MostInFlightOnOneHost);
    }

    [Fact]
    public async Task Requests_to_one_host_are_spaced_by_the_delay()
    {
        // Virtual time: the spacing is the checker's schedule, not the machine's speed.
        var clock = new StepClock(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var web = new FakeWeb(_ => FakeWeb.Status(200), clock);
        var checker = new LinkChecker(web, Quick with { DelayPerHost = TimeSpan.FromMilliseconds(100) }, clock);
        await checker.CheckAllAsync(Enumerable.Range(0, 4).Select(i => $"https://one.example/{i}"));

        var starts = web.Requests.Select(r => r.Started).Order().ToList();
        Assert.Equal(4, starts.Count);
        var gaps = starts.Zip(starts.Skip(1), (a, b) => (b - a).TotalMilliseconds).ToList();
        Assert.All(gaps, gap => Assert.True(gap >= 100, $"gaps {string.Join(", ", gaps)} ms"));
    }

    [Fact]
    public async Task Every_request_names_the_checker()
    {
        var agents = new List<string>();
        var web = new FakeWeb(request =>
        {
            agents.Add(request.Headers.UserAgent.ToString());
            return FakeWeb.Status(200);
        });
        await Check(web, "https://law.example/a");
        Assert.Equal(LinkChecker.UserAgent, Assert.Single(agents));
    }

    private static Task<LinkCheckResult> Check(FakeWeb web, string url) => new LinkChecker(web, Quick, TimeProvider.System).CheckAsync(url);
}
