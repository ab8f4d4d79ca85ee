using System.Globalization;
using System.Net.Http.Headers;

namespace Hub.Connectors.ApiParticulier;

/// <summary>
/// The RateLimit-* headers of an API Particulier answer: requests per minute for the endpoint, what is left, and when
/// the window ends. <c>RateLimit-Reset</c> is a Unix time there; a small number is read as seconds from now, as the
/// IETF draft defines it, so both readings work.
/// </summary>
public sealed record RateLimitInfo(int? Limit, int? Remaining, DateTimeOffset? Reset)
{
    // Anything above this is a Unix time, not a delay (1e9 s is 2001).
    private const long UnixTimeThreshold = 1_000_000_000;

    /// <summary>True when the window is spent and has not ended yet.</summary>
    public bool IsExhausted(DateTimeOffset now) => Remaining is <= 0 && Reset is { } reset && reset > now;

    /// <summary>Reads the headers; <c>null</c> when the answer has none.</summary>
    public static RateLimitInfo? From(HttpResponseHeaders headers, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(headers);
        var limit = Number(headers, "RateLimit-Limit");
        var remaining = Number(headers, "RateLimit-Remaining");
        var reset = Number(headers, "RateLimit-Reset") is { } r
            ? (r > UnixTimeThreshold ? DateTimeOffset.FromUnixTimeSeconds(r) : now.AddSeconds(r))
            : (DateTimeOffset?)null;
        return limit is null && remaining is null && reset is null ? null : new RateLimitInfo((int?)limit, (int?)remaining, reset);
    }

    private static long? Number(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values)
        && long.TryParse(values.FirstOrDefault(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;
}
