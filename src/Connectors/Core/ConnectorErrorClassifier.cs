using System.Net;
using System.Net.Sockets;
using System.Text.Json;

namespace Hub.Connectors.Core;

/// <summary>The one place that decides which failures are worth retrying. Every connector uses it.</summary>
public static class ConnectorErrorClassifier
{
    /// <summary>Classifies an HTTP status answered by a partner.</summary>
    /// <param name="identityLookup">True for identity-based reads (API Particulier), where 404 means "no such person".</param>
    public static ConnectorErrorKind Classify(HttpStatusCode status, bool identityLookup = false) => (int)status switch
    {
        404 when identityLookup => ConnectorErrorKind.IdentityNotFound,
        408 or 409 or 425 or 429 => ConnectorErrorKind.Retryable,
        >= 500 and not 501 and not 505 => ConnectorErrorKind.Retryable,
        _ => ConnectorErrorKind.Permanent,
    };

    /// <summary>Classifies an exception thrown while calling a partner or reading its answer.</summary>
    public static ConnectorErrorKind Classify(Exception exception) => exception switch
    {
        ConnectorException connector => connector.Kind,
        Refit.ApiException api => Classify(api.StatusCode),
        // Refit wraps transport failures (reset, timeout, broken circuit) in ApiRequestException: the cause decides.
        Refit.ApiRequestException { InnerException: { } inner } => Classify(inner),
        HttpRequestException { StatusCode: { } status } => Classify(status),
        // Connection refused or reset, DNS hiccup, a body cut short: the network, not the data.
        HttpRequestException or IOException or SocketException => ConnectorErrorKind.Retryable,
        TimeoutException or TaskCanceledException or OperationCanceledException => ConnectorErrorKind.Retryable,
        Polly.CircuitBreaker.BrokenCircuitException or Polly.Timeout.TimeoutRejectedException or Polly.RateLimiting.RateLimiterRejectedException => ConnectorErrorKind.Retryable,
        // A page that does not parse is most often a truncated transfer; a record that does not parse is handled per record.
        JsonException => ConnectorErrorKind.Retryable,
        _ => ConnectorErrorKind.Permanent,
    };
}
