namespace Hub.Connectors.Core;

/// <summary>How long a partner asked the hub to wait, from its <c>Retry-After</c> header (seconds or an HTTP date).</summary>
public static class RetryAfterHeader
{
    /// <summary>The wait, never negative; an HTTP date is measured against the answer's own Date, else the injected clock.</summary>
    public static TimeSpan? Read(HttpResponseMessage response, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(time);
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta;
        }

        if (header?.Date is { } date)
        {
            var wait = date - (response.Headers.Date ?? time.GetUtcNow());
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }

        return null;
    }
}
