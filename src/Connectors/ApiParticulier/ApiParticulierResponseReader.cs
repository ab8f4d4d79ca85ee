using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Hub.Connectors.ApiParticulier.Dtos;
using Hub.Connectors.Core;

namespace Hub.Connectors.ApiParticulier;

/// <summary>
/// Turns one API Particulier answer (status, body, headers) into an <see cref="ApiParticulierAnswer{TData}"/> or a
/// classified <see cref="ConnectorException"/>. Pure, so the sandbox cases can be replayed without HTTP.
/// </summary>
public static class ApiParticulierResponseReader
{
    private const int ProviderCacheSeconds = 86_400;
    private static readonly TimeSpan InFlightDefault = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan RateLimitDefault = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan OverloadMinimum = TimeSpan.FromSeconds(60);

    /// <exception cref="ConnectorException">Any status but 200 and 404, or a body that does not parse.</exception>
    public static ApiParticulierAnswer<TData> Read<TData>(
        ApiParticulierEndpoint endpoint,
        HttpStatusCode status,
        ReadOnlySpan<byte> body,
        ApiParticulierResponseMeta meta,
        DateTimeOffset now,
        JsonTypeInfo<ApiParticulierEnvelope<TData>> typeInfo)
        where TData : class
    {
        ArgumentNullException.ThrowIfNull(meta);
        ArgumentNullException.ThrowIfNull(typeInfo);
        var checkedAt = meta.ProviderCached && meta.CacheExpiresInSeconds is { } left and >= 0 and <= ProviderCacheSeconds
            ? now.AddSeconds(-(ProviderCacheSeconds - left))
            : now;

        if (status == HttpStatusCode.NotFound)
        {
            return new ApiParticulierAnswer<TData>(endpoint, false, null, ReadErrors(body), checkedAt, meta.RateLimit);
        }

        if ((int)status is >= 200 and < 300)
        {
            ApiParticulierEnvelope<TData>? envelope;
            try
            {
                envelope = JsonSerializer.Deserialize(body, typeInfo);
            }
            catch (JsonException e)
            {
                // Most often a transfer cut short; the next attempt usually gets the whole body.
                throw new ConnectorException(ConnectorErrorKind.Retryable, $"API Particulier {endpoint.Segment()}: the body is not valid JSON ({e.Message}).", status, inner: e);
            }

            return envelope?.Data is { } data
                ? new ApiParticulierAnswer<TData>(endpoint, true, data, [], checkedAt, meta.RateLimit)
                : throw new ConnectorException(ConnectorErrorKind.Retryable, $"API Particulier {endpoint.Segment()}: 2xx answer without 'data'.", status);
        }

        throw ToException(endpoint, status, ReadErrors(body), meta, now);
    }

    /// <summary>The error of a non-200/404 answer, with when to come back for the transient ones.</summary>
    public static ConnectorException ToException(ApiParticulierEndpoint endpoint, HttpStatusCode status, IReadOnlyList<ApiParticulierError> errors, ApiParticulierResponseMeta meta, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(meta);
        var kind = ConnectorErrorClassifier.Classify(status, identityLookup: true);
        TimeSpan? retryIn = errors.Select(e => e.Meta?.RetryIn).FirstOrDefault(r => r is > 0) is { } s ? TimeSpan.FromSeconds(s) : null;
        TimeSpan? wait = (int)status switch
        {
            409 => meta.RetryAfter ?? InFlightDefault,
            429 => meta.RetryAfter ?? (meta.RateLimit?.Reset is { } reset && reset > now ? reset - now : RateLimitDefault),
            _ when kind == ConnectorErrorKind.Retryable => retryIn ?? meta.RetryAfter,
            _ => null,
        };

        // 37008: the provider says it is overloaded; the guide asks for at least a minute.
        if (errors.Any(e => e.Code == "37008") && (wait is null || wait < OverloadMinimum))
        {
            wait = OverloadMinimum;
        }

        var codes = errors.Count == 0 ? "no error body" : string.Join(", ", errors.Select(e => $"{e.Code} {e.Title}".Trim()));
        return new ConnectorException(kind, $"API Particulier {endpoint.Segment()} answered {(int)status} ({codes}).", status, wait);
    }

    /// <summary>The <c>errors[]</c> of a body; empty when the body is not the documented shape.</summary>
    public static IReadOnlyList<ApiParticulierError> ReadErrors(ReadOnlySpan<byte> body)
    {
        if (body.IsEmpty)
        {
            return [];
        }

        try
        {
            return JsonSerializer.Deserialize(body, ApiParticulierJsonContext.Default.ApiParticulierErrorBody)?.Errors ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }
}
