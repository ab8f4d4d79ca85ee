namespace Hub.Storage.Sync;

/// <summary>A canonical change to deliver to one partner, written in the transaction that made the change.</summary>
public sealed class OutboxRow
{
    public required string Id { get; set; }

    /// <summary>Target connector (siao, solis, caf, cpam).</summary>
    public required string Target { get; set; }

    /// <summary>The message kind the target's push endpoint takes.</summary>
    public required string Kind { get; set; }

    public required string ResourceType { get; set; }

    public required string ResourceId { get; set; }

    public long ResourceVersion { get; set; }

    /// <summary>The system the change came from: never pushed back there (no echo).</summary>
    public required string Origin { get; set; }

    /// <summary>The routing rule that produced the entry, for people reading sync health.</summary>
    public required string Rule { get; set; }

    /// <summary>pending, delivered, blocked (consent), dead.</summary>
    public required string Status { get; set; }

    public int Attempts { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset NextAttemptAt { get; set; }

    public DateTimeOffset? DeliveredAt { get; set; }

    public string? LastError { get; set; }
}
