using System.Net;
using Xunit.Abstractions;

namespace Comparison.Web.Tests;

/// <summary>
/// Seeded junk across every parameter of the API: whatever arrives, the answer is a 200, 304,
/// 400, 404, 414 or 429, and every error is a problem+json body. A few hundred cases run in the
/// suite (COMPARISON_QUERY_FUZZ_CASES and _SEED change that). Latency is a benchmark, not an
/// assertion: bench/query-fuzz.sh runs the same generator against the real server (docs/reliability.md).
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class QueryFuzzTests(ApiFactory factory, ITestOutputHelper output)
{
    private static readonly HttpStatusCode[] Allowed =
        [HttpStatusCode.OK, HttpStatusCode.NotModified, HttpStatusCode.BadRequest, HttpStatusCode.NotFound, HttpStatusCode.RequestUriTooLong, HttpStatusCode.TooManyRequests];

    [Fact]
    public async Task Junk_in_every_parameter_gets_an_expected_status_and_a_problem_body()
    {
        var cases = int.TryParse(Environment.GetEnvironmentVariable("COMPARISON_QUERY_FUZZ_CASES"), out var n) ? n : 400;
        var seed = int.TryParse(Environment.GetEnvironmentVariable("COMPARISON_QUERY_FUZZ_SEED"), out var s) ? s : 197;
        var client = factory.CreateClient();
        var generator = new QueryFuzzGenerator(seed);
        var failures = new List<string>();
        var statuses = new Dictionary<int, int>();
        for (var i = 0; i < cases; i++)
        {
            var url = generator.Next();
            HttpResponseMessage response;
            try
            {
                response = await client.GetAsync(url);
            }
            catch (Exception e) when (e is HttpRequestException or InvalidOperationException or UriFormatException)
            {
                failures.Add($"#{i} {Shorten(url)}: {e.GetType().Name}: {e.Message}");
                continue;
            }

            using (response)
            {
                var body = await response.Content.ReadAsStringAsync();
                statuses[(int)response.StatusCode] = statuses.GetValueOrDefault((int)response.StatusCode) + 1;
                if (!Allowed.Contains(response.StatusCode))
                {
                    failures.Add($"#{i} {Shorten(url)}: {(int)response.StatusCode} {Shorten(body)}");
                }
                else if ((int)response.StatusCode >= 400 && response.Content.Headers.ContentType?.MediaType != "application/problem+json")
                {
                    failures.Add($"#{i} {Shorten(url)}: {(int)response.StatusCode} as {response.Content.Headers.ContentType}");
                }
            }
        }

        output.WriteLine($"seed {seed}: {cases} requests; {failures.Count} failures; "
            + $"statuses {string.Join(", ", statuses.OrderBy(x => x.Key).Select(x => $"{x.Key}×{x.Value}"))}");
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures.Take(20)));
    }

    [Fact]
    public void The_generator_is_deterministic_for_a_seed()
    {
        var first = new QueryFuzzGenerator(7);
        var second = new QueryFuzzGenerator(7);
        for (var i = 0; i < 200; i++)
        {
            Assert.Equal(first.Next(), second.Next());
        }
    }

    private static string Shorten(string text) => text.Length > 200 ? text[..200] + "…" : text;
}
