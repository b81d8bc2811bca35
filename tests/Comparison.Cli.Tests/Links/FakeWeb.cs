using System.Collections.Concurrent;
using System.Net;

namespace Comparison.Cli.Tests.Links;

/// <summary>
/// The network as check-links sees it, in memory: each URL answers as a test says, and every
/// request is recorded with the time it started and how many were in flight then.
/// </summary>
internal sealed class FakeWeb : HttpMessageHandler
{
    private readonly Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> answer;
    private readonly object sync = new();
    private readonly Dictionary<string, int> inFlightByHost = new(StringComparer.Ordinal);
    private int inFlight;

    private readonly TimeProvider clock;

    public FakeWeb(Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> answer, TimeProvider? clock = null)
    {
        this.answer = answer;
        this.clock = clock ?? TimeProvider.System;
    }

    public FakeWeb(Func<HttpRequestMessage, HttpResponseMessage> answer, TimeProvider? clock = null)
        : this((request, _) => Task.FromResult(answer(request)), clock)
    {
    }

    public ConcurrentQueue<(string Method, string Url, DateTimeOffset Started)> Requests { get; } = new();

    public int MostInFlight { get; private set; }

    public int MostInFlightOnOneHost { get; private set; }

    public static HttpResponseMessage Status(int status, string? location = null)
    {
        var response = new HttpResponseMessage((HttpStatusCode)status);
        if (location is not null)
        {
            response.Headers.Location = new Uri(location, UriKind.RelativeOrAbsolute);
        }

        return response;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var host = request.RequestUri!.Host;
        lock (sync)
        {
            inFlight++;
            inFlightByHost[host] = inFlightByHost.GetValueOrDefault(host) + 1;
            MostInFlight = Math.Max(MostInFlight, inFlight);
            MostInFlightOnOneHost = Math.Max(MostInFlightOnOneHost, inFlightByHost[host]);
        }

        Requests.Enqueue((request.Method.Method, request.RequestUri.AbsoluteUri, clock.GetUtcNow()));
        try
        {
            return await answer(request, cancellationToken);
        }
        finally
        {
            lock (sync)
            {
                inFlight--;
                inFlightByHost[host]--;
            }
        }
    }
}
