namespace Hub.Storage.Sync;

/// <summary>An inbound push remembered by its Idempotency-Key: a repeated key gets the first answer.</summary>
public sealed class InboundRequestRow
{
    public required string System { get; set; }

    public required string IdempotencyKey { get; set; }

    public required string TrackingId { get; set; }

    public required string RequestHash { get; set; }

    public int StatusCode { get; set; }

    public required string Response { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }
}
