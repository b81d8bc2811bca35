using System.Collections.Concurrent;

namespace Comparison.Cli.Links;

/// <summary>
/// Checks URLs over HTTP: HEAD first, GET when HEAD is refused or fails (many official portals
/// answer HEAD with 403, 404 or 405); redirects followed one by one so each hop is reported;
/// at most <see cref="LinkCheckOptions.Concurrency"/> requests at once, at most
/// <see cref="LinkCheckOptions.PerHost"/> on one host, spaced by
/// <see cref="LinkCheckOptions.HostDelay"/>. The handler is given, so tests need no network.
/// </summary>
public sealed class LinkChecker(HttpMessageHandler handler, LinkCheckOptions options, TimeProvider clock)
{
    public const string UserAgent = "comparison-check-links/1.0 (link check of an open legal knowledge base)";

    private readonly HttpMessageInvoker http = new(handler, disposeHandler: false);
    private readonly ConcurrentDictionary<string, HostGate> hosts = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Each distinct URL once, in parallel within the limits; results in the order given.</summary>
    public async Task<IReadOnlyList<LinkCheckResult>> CheckAllAsync(IEnumerable<string> urls, CancellationToken cancellation = default)
    {
        var distinct = urls.Distinct(StringComparer.Ordinal).ToList();
        var results = new LinkCheckResult[distinct.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, distinct.Count),
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Concurrency), CancellationToken = cancellation },
            async (i, token) => results[i] = await CheckAsync(distinct[i], token));
        return results;
    }

    public async Task<LinkCheckResult> CheckAsync(string url, CancellationToken cancellation = default)
    {
        var head = await FollowAsync(url, HttpMethod.Head, cancellation);
        if (!head.IsBroken)
        {
            return head;
        }

        // A timeout is not retried: the GET would wait as long again for the same server.
        var get = head.Problem == "timeout" ? head : await FollowAsync(url, HttpMethod.Get, cancellation);
        return get with { UsedGet = get != head };
    }

    private async Task<LinkCheckResult> FollowAsync(string url, HttpMethod method, CancellationToken cancellation)
    {
        var redirects = new List<Redirect>();
        var current = url;
        for (var hop = 0; ; hop++)
        {
            if (!Uri.TryCreate(current, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            {
                return new LinkCheckResult(url, 0, redirects, $"error: not an http(s) URL: {current}", false);
            }

            var (status, location, problem) = await SendAsync(uri, method, cancellation);
            if (problem is not null)
            {
                return new LinkCheckResult(url, status, redirects, problem, false);
            }

            if (status is >= 300 and < 400 && location is not null)
            {
                if (hop == options.MaxRedirects)
                {
                    return new LinkCheckResult(url, status, redirects, $"error: more than {options.MaxRedirects} redirects", false);
                }

                var next = new Uri(uri, location).AbsoluteUri;
                redirects.Add(new Redirect(status, current, next));
                current = next;
                continue;
            }

            return new LinkCheckResult(url, status, redirects, status is >= 200 and < 300 ? null : status.ToString(System.Globalization.CultureInfo.InvariantCulture), false);
        }
    }

    private async Task<(int Status, string? Location, string? Problem)> SendAsync(Uri uri, HttpMethod method, CancellationToken cancellation)
    {
        var gate = hosts.GetOrAdd(uri.Host, _ => new HostGate(Math.Max(1, options.PerHost)));
        await gate.EnterAsync(options.HostDelay, clock, cancellation);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        timeout.CancelAfter(options.RequestTimeout);
        try
        {
            using var request = new HttpRequestMessage(method, uri);
            request.Headers.UserAgent.ParseAdd(UserAgent);
            request.Headers.Accept.ParseAdd("text/html,application/pdf,*/*;q=0.8");
            using var response = await http.SendAsync(request, timeout.Token);
            return ((int)response.StatusCode, response.Headers.Location?.OriginalString, null);
        }
        catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
        {
            return (0, null, "timeout");
        }
        catch (HttpRequestException e)
        {
            return (0, null, "error: " + (e.InnerException?.Message ?? e.Message));
        }
        finally
        {
            gate.Leave();
        }
    }

    /// <summary>A host's share: a few requests at a time, and a pause after each before the next starts.</summary>
    private sealed class HostGate(int perHost)
    {
        private readonly SemaphoreSlim slots = new(perHost, perHost);
        private readonly object sync = new();
        private long nextStart;

        public async Task EnterAsync(TimeSpan delay, TimeProvider clock, CancellationToken cancellation)
        {
            await slots.WaitAsync(cancellation);
            long wait;
            lock (sync)
            {
                var now = clock.GetTimestamp();
                var start = Math.Max(now, nextStart);
                nextStart = start + (long)(delay.TotalSeconds * clock.TimestampFrequency);
                wait = start - now;
            }

            try
            {
                if (wait > 0)
                {
                    await Task.Delay(TimeSpan.FromSeconds((double)wait / clock.TimestampFrequency), clock, cancellation);
                }
            }
            catch (OperationCanceledException)
            {
                slots.Release();
                throw;
            }
        }

        public void Leave() => slots.Release();
    }
}
