using Hub.Connectors.Core;

namespace Hub.Connectors.ApiParticulier;

/// <summary>
/// Turns an exception thrown by a Refit call into a classified connector failure. Refit 16 wraps whatever HttpClient
/// threw (reset, timeout, broken circuit) in an ApiRequestException: the message and the cancellation check use the cause.
/// </summary>
internal static class TransportFailure
{
    public static Exception Cause(Exception exception) =>
        exception is Refit.ApiRequestException { InnerException: { } inner } ? inner : exception;

    /// <summary>True when the caller itself cancelled: that must surface as a cancellation, not as a partner failure.</summary>
    public static bool IsCallerCancellation(Exception exception, CancellationToken cancellationToken) =>
        cancellationToken.IsCancellationRequested && Cause(exception) is OperationCanceledException;

    public static ConnectorException ToConnectorException(Exception exception, string what)
    {
        var cause = Cause(exception);
        return new ConnectorException(ConnectorErrorClassifier.Classify(exception), $"{what}: {cause.GetType().Name} after retries.", inner: exception);
    }
}
