namespace Hub.Storage.Sync;

/// <summary>A record or message the hub could not process, kept whole with its reason and history until replayed or discarded.</summary>
public sealed class DeadLetterRow
{
    public required string Id { get; set; }

    /// <summary>inbound (a partner's record) or outbound (a push that kept failing).</summary>
    public required string Direction { get; set; }

    public required string Connector { get; set; }

    public required string Stream { get; set; }

    public string? SourceId { get; set; }

    public required string Reason { get; set; }

    /// <summary>The payload as received (inbound) or as it would be pushed (outbound).</summary>
    public required string Payload { get; set; }

    /// <summary>JSON array of what happened to it: failures, replays, edits (who, when).</summary>
    public required string History { get; set; }

    /// <summary>open, replayed, discarded.</summary>
    public required string Status { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public string? OutboxId { get; set; }

    public string? ArchiveKey { get; set; }
}
