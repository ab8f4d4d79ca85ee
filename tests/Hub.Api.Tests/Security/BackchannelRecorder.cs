using System.Collections.Concurrent;

namespace Hub.Api.Tests.Security;

/// <summary>
/// Sits in the hub's OpenID Connect back channel and keeps what the hub sent to the provider and what it got back:
/// with pushed authorization requests (RFC 9126) the PKCE challenge travels there, not in the browser's URL, and the
/// code verifier always does.
/// </summary>
public sealed class BackchannelRecorder() : DelegatingHandler(new SocketsHttpHandler())
{
    private readonly ConcurrentQueue<BackchannelExchange> _exchanges = new();

    public IReadOnlyList<BackchannelExchange> Exchanges => [.. _exchanges];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var sent = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken);
        var response = await base.SendAsync(request, cancellationToken);
        await response.Content.LoadIntoBufferAsync(cancellationToken);
        _exchanges.Enqueue(new BackchannelExchange(request.RequestUri!, sent, await response.Content.ReadAsStringAsync(cancellationToken)));
        return response;
    }
}

public sealed record BackchannelExchange(Uri Url, string RequestBody, string ResponseBody);
