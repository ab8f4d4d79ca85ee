using Hub.Connectors.ApiParticulier.Dtos;

namespace Hub.Connectors.ApiParticulier;

/// <summary>
/// A usable answer of API Particulier: the data (200), or "this person is unknown to the fund" (404, <see cref="Found"/>
/// false: a normal answer, mapped to status <c>unknown</c>, never to "no right"). Every other status is a
/// <see cref="Core.ConnectorException"/>.
/// </summary>
/// <param name="CheckedAt">When the fund's data was read: now, or earlier when API Particulier served its own cache.</param>
/// <param name="FromHubCache">True when the hub's 24 h cache answered and no call was made.</param>
public sealed record ApiParticulierAnswer<TData>(
    ApiParticulierEndpoint Endpoint,
    bool Found,
    TData? Data,
    IReadOnlyList<ApiParticulierError> Errors,
    DateTimeOffset CheckedAt,
    RateLimitInfo? RateLimit,
    bool FromHubCache = false)
    where TData : class
{
    /// <summary><see cref="Core.ConnectorErrorKind.IdentityNotFound"/> for a 404, so callers can treat every outcome by kind.</summary>
    public Core.ConnectorErrorKind? ErrorKind => Found ? null : Core.ConnectorErrorKind.IdentityNotFound;
}
