namespace Hub.Storage.Audit;

/// <summary>
/// A checkpoint: the events up to <see cref="ToSequence"/> were exported to the archive and the chain's head then was
/// <see cref="Hash"/>. A later verification compares the chain with every checkpoint, so events cut off the end of the
/// chain (which a hash chain alone cannot reveal) are detected too.
/// </summary>
public sealed class AuditExportRow
{
    public required string Id { get; set; }

    public long FromSequence { get; set; }

    public long ToSequence { get; set; }

    public required string Hash { get; set; }

    /// <summary>Content address of the sealed NDJSON file in the payload archive.</summary>
    public required string ArchiveKey { get; set; }

    public int Count { get; set; }

    public DateTimeOffset ExportedAt { get; set; }
}
