using System.Collections.Concurrent;
using Hub.Connectors.Core;

namespace Hub.Connectors.ApiParticulier;

/// <summary>
/// Per endpoint: one call at a time (two identical calls in flight earn a 409 "00015" from API Particulier), and no
/// call while the last RateLimit headers said the window is spent. The caller gets a Retryable error with the time to
/// wait instead of a 429, so a bulk check never hammers the API.
/// </summary>
internal sealed class ApiParticulierRateGate(TimeProvider time)
{
    private readonly ConcurrentDictionary<ApiParticulierEndpoint, SemaphoreSlim> _slots = new();
    private readonly ConcurrentDictionary<ApiParticulierEndpoint, RateLimitInfo> _last = new();

    public RateLimitInfo? Last(ApiParticulierEndpoint endpoint) => _last.TryGetValue(endpoint, out var info) ? info : null;

    public async Task<IDisposable> EnterAsync(ApiParticulierEndpoint endpoint, CancellationToken cancellationToken)
    {
        var slot = _slots.GetOrAdd(endpoint, _ => new SemaphoreSlim(1, 1));
        await slot.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new Release(slot);
    }

    /// <exception cref="ConnectorException">Retryable, with <see cref="ConnectorException.RetryAfter"/> = time until the window ends.</exception>
    public void ThrowIfExhausted(ApiParticulierEndpoint endpoint)
    {
        var now = time.GetUtcNow();
        if (Last(endpoint) is { } info && info.IsExhausted(now))
        {
            throw new ConnectorException(ConnectorErrorKind.Retryable,
                $"API Particulier {endpoint.Segment()}: rate limit spent until {info.Reset:O}; call not made.", retryAfter: info.Reset!.Value - now);
        }
    }

    public void Record(ApiParticulierEndpoint endpoint, RateLimitInfo? info)
    {
        if (info is not null)
        {
            _last[endpoint] = info;
        }
    }

    private sealed class Release(SemaphoreSlim slot) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                slot.Release();
            }
        }
    }
}
