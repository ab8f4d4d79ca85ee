namespace Hub.Sync.Inbound;

/// <summary>The answer to an inbound push, stored so a repeated Idempotency-Key returns it unchanged.</summary>
public sealed record InboundPushResult(int StatusCode, string Body, bool Replayed);
