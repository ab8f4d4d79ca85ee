using System.Net;
using System.Text.Json;
using Hub.Connectors.Core;

namespace Hub.Connectors.Siao;

/// <summary>
/// Turns what the hub-defined contracts (SI-SIAO and SOLIS share one error model: RFC 9457 with a stable <c>code</c>)
/// answer into classified <see cref="ConnectorException"/>s. Shared by both connectors because the contract is the
/// hub's, not the partner's.
/// </summary>
internal static class PartnerErrors
{
    /// <summary>A push whose key came back with another body: a hub bug, never fixed by a retry.</summary>
    public const string KeyReused = "cle-reutilisee";

    /// <summary>The same key is still being processed: come back after Retry-After.</summary>
    public const string InProgress = "traitement-en-cours";

    private static readonly TimeSpan InProgressDefaultWait = TimeSpan.FromSeconds(5);

    public static async Task<ConnectorException> FromResponseAsync(
        string connector, string operation, HttpResponseMessage response, TimeProvider time, CancellationToken cancellationToken)
    {
        var status = response.StatusCode;
        var (code, title) = await ReadProblemAsync(response, cancellationToken);
        var kind = ConnectorErrorClassifier.Classify(status);
        var retryAfter = RetryAfterHeader.Read(response, time);
        if (status == HttpStatusCode.Conflict)
        {
            kind = code == KeyReused ? ConnectorErrorKind.Permanent : ConnectorErrorKind.Retryable;
            retryAfter ??= code == InProgress ? InProgressDefaultWait : null;
        }

        // The problem's detail may quote partner data; code and title are stable labels and safe to log.
        var message = $"{connector} {operation}: HTTP {(int)status}" + (code is null ? string.Empty : $" {code}") + (title is null ? string.Empty : $" ({title})");
        return new ConnectorException(kind, message, status, retryAfter);
    }

    public static ConnectorException FromException(string connector, string operation, Exception exception) =>
        exception as ConnectorException
        ?? new ConnectorException(ConnectorErrorClassifier.Classify(exception), $"{connector} {operation}: {(exception.InnerException ?? exception).GetType().Name}", inner: exception);

    private static async Task<(string? Code, string? Title)> ReadProblemAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            if (body.Length == 0)
            {
                return (null, null);
            }

            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            return root.ValueKind != JsonValueKind.Object ? (null, null) : (Text(root, "code"), Text(root, "title"));
        }
        catch (Exception e) when (e is JsonException or IOException or HttpRequestException)
        {
            // An unreadable error body does not change the status-based classification.
            return (null, null);
        }
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
