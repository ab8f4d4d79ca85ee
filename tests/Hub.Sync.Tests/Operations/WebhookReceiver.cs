using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Hub.Sync.Tests.Operations;

/// <summary>A real HTTP server (Kestrel on a free loopback port) that records the webhook calls it receives.</summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly ConcurrentQueue<ReceivedWebhook> _received = new();
    private WebApplication? _app;
    private int _failNext;

    public Uri Url { get; private set; } = null!;

    public IReadOnlyList<ReceivedWebhook> Received => [.. _received];

    /// <summary>Answers 500 to the next <paramref name="calls"/> calls (recorded as failed).</summary>
    public void FailNext(int calls) => Interlocked.Exchange(ref _failNext, calls);

    public void Clear() => _received.Clear();

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.MapPost("/hook", async (HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body);
            var body = await reader.ReadToEndAsync();
            var failed = Interlocked.Decrement(ref _failNext) >= 0;
            _received.Enqueue(new ReceivedWebhook(
                body,
                request.Headers["X-LdaHub-Timestamp"].ToString(),
                request.Headers["X-LdaHub-Signature"].ToString(),
                request.Headers["X-LdaHub-Delivery"].ToString(),
                failed));
            return failed ? Results.StatusCode(500) : Results.Ok();
        });
        await _app.StartAsync();
        Url = new Uri(new Uri(_app.Urls.First()), "/hook");
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}

public sealed record ReceivedWebhook(string Body, string Timestamp, string Signature, string Delivery, bool AnsweredWithError);
