using System.Globalization;

namespace Hub.Connectors.ApiParticulier;

/// <summary>What the headers of one answer say: rate limit, Retry-After, and whether API Particulier served it from its own 24 h cache.</summary>
public sealed record ApiParticulierResponseMeta(RateLimitInfo? RateLimit, TimeSpan? RetryAfter, bool ProviderCached, int? CacheExpiresInSeconds)
{
    /// <summary>No header at all (tests replaying sandbox payloads).</summary>
    public static ApiParticulierResponseMeta None { get; } = new(null, null, false, null);

    public static ApiParticulierResponseMeta From(HttpResponseMessage response, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(response);
        var headers = response.Headers;
        var retryAfter = headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - (headers.Date ?? now),
            _ => (TimeSpan?)null,
        };
        var cached = headers.TryGetValues("X-Response-Cached", out var c) && string.Equals(c.FirstOrDefault(), "true", StringComparison.OrdinalIgnoreCase);
        int? expiresIn = headers.TryGetValues("X-Cache-Expires-in", out var e)
            && int.TryParse(e.FirstOrDefault(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var s) ? s : null;
        return new ApiParticulierResponseMeta(RateLimitInfo.From(headers, now), retryAfter, cached, expiresIn);
    }
}
