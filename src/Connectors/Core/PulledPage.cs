namespace Hub.Connectors.Core;

/// <summary>
/// One page of an incremental pull. <see cref="Raw"/> is the exact payload received (archived before anything else);
/// <see cref="NextCursor"/> is what to ask next time, stored only once the page is committed.
/// </summary>
public sealed record PulledPage(
    string Connector,
    string Stream,
    string? Cursor,
    ReadOnlyMemory<byte> Raw,
    string ContentType,
    IReadOnlyList<PulledRecord> Records,
    IReadOnlyList<RejectedRecord> Rejected,
    string? NextCursor,
    bool HasMore);
