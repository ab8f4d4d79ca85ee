namespace Hub.Storage.Sync;

/// <summary>
/// The idempotency key of inbound records: (source system, record kind, source id) → the canonical resources it became
/// and the hash of what was last applied. The same record with the same content is skipped; re-delivery is harmless.
/// </summary>
public sealed class SourceLinkRow
{
    public required string SourceSystem { get; set; }

    public required string RecordKind { get; set; }

    public required string SourceId { get; set; }

    public required string ContentHash { get; set; }

    public DateTimeOffset AppliedAt { get; set; }

    /// <summary>The archived payload the record came from.</summary>
    public string? ArchiveKey { get; set; }
}
