using Hub.Connectors.Core;

namespace Hub.Connectors.Siao;

/// <summary>Runs one HTTP call through the connector's pipeline and classifies every way it can fail.</summary>
internal static class PartnerCall
{
    public static async Task<HttpResponseMessage> SendAsync(
        string connector, string operation, Func<CancellationToken, Task<HttpResponseMessage>> send, TimeProvider time, CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        try
        {
            response = await send(cancellationToken);
        }
        catch (Exception e) when (!(e is OperationCanceledException && cancellationToken.IsCancellationRequested))
        {
            // Retries are spent (or not allowed): report what failed; a caller's own cancellation is not a partner failure.
            throw PartnerErrors.FromException(connector, operation, e);
        }

        if (response.IsSuccessStatusCode)
        {
            return response;
        }

        using (response)
        {
            throw await PartnerErrors.FromResponseAsync(connector, operation, response, time, cancellationToken);
        }
    }

    /// <summary>Reads the whole body; a connection dropped mid-body (truncated page) is a retryable failure.</summary>
    public static async Task<byte[]> ReadBodyAsync(string connector, string operation, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            return await response.Content.ReadAsByteArrayAsync(cancellationToken);
        }
        catch (Exception e) when (e is IOException or HttpRequestException || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new ConnectorException(ConnectorErrorKind.Retryable, $"{connector} {operation}: body cut short", response.StatusCode, inner: e);
        }
    }
}
