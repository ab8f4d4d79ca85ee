using System.Net;
using System.Text.Json;
using Hub.Connectors.Core;

namespace Hub.Connectors.Siao;

/// <summary>
/// Sends one push of a hub-defined contract: <c>Idempotency-Key</c> (the same UUID on every retry, so the pipeline's
/// retries and the outbox's redeliveries never create a second record), then reads 201 / 200 + Idempotent-Replayed.
/// </summary>
internal static class IdempotentPush
{
    public static async Task<PushResult> SendAsync(
        string connector,
        string operation,
        string idempotencyKey,
        Func<string, CancellationToken, Task<HttpResponseMessage>> send,
        string referenceProperty,
        TimeProvider time,
        CancellationToken cancellationToken) =>
        (await SendWithBodyAsync(connector, operation, idempotencyKey, send, referenceProperty, time, cancellationToken)).Result;

    /// <summary>Same as <see cref="SendAsync"/>, with the acknowledgement's bytes for partners whose answer carries more than a reference.</summary>
    public static async Task<(PushResult Result, byte[] Body)> SendWithBodyAsync(
        string connector,
        string operation,
        string idempotencyKey,
        Func<string, CancellationToken, Task<HttpResponseMessage>> send,
        string referenceProperty,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(idempotencyKey, out _))
        {
            throw new ArgumentException("The contract requires a UUID Idempotency-Key.", nameof(idempotencyKey));
        }

        using var response = await PartnerCall.SendAsync(connector, operation, ct => send(idempotencyKey, ct), time, cancellationToken);
        var replayed = response.StatusCode == HttpStatusCode.OK
            || (response.Headers.TryGetValues("Idempotent-Replayed", out var values) && values.Any(v => bool.TryParse(v, out var b) && b));
        var body = await PartnerCall.ReadBodyAsync(connector, operation, response, cancellationToken);
        return (new PushResult(response.StatusCode, replayed, ReadReference(body, referenceProperty)), body);
    }

    /// <summary>The partner's own id of what it recorded; an unreadable acknowledgement does not undo an accepted push.</summary>
    private static string? ReadReference(byte[] body, string property)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
                ? value.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
