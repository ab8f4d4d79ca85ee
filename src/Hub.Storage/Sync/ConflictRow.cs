namespace Hub.Storage.Sync;

/// <summary>Two sources disagreed on a field: both values, who said what and when, and which one the survivorship rule kept.</summary>
public sealed class ConflictRow
{
    public required string Id { get; set; }

    public required string ResourceType { get; set; }

    public required string ResourceId { get; set; }

    /// <summary>The top-level field, e.g. <c>birthDate</c>.</summary>
    public required string Path { get; set; }

    public required string KeptSource { get; set; }

    /// <summary>The kept value as JSON text.</summary>
    public required string KeptValue { get; set; }

    /// <summary>When the kept source changed its value (its change time, else when the hub received it).</summary>
    public DateTimeOffset KeptChangedAt { get; set; }

    public required string OtherSource { get; set; }

    /// <summary>The value not kept, as JSON text.</summary>
    public required string OtherValue { get; set; }

    public DateTimeOffset OtherChangedAt { get; set; }

    /// <summary>Why the kept value won: <c>priority:Person.birthDate</c> (the rule's key) or <c>newest</c> (no rule decided).</summary>
    public required string Rule { get; set; }

    public DateTimeOffset DetectedAt { get; set; }

    /// <summary>open, resolved.</summary>
    public required string Status { get; set; }

    public DateTimeOffset? ResolvedAt { get; set; }

    /// <summary>Who resolved it (the token's subject).</summary>
    public string? ResolvedBy { get; set; }

    /// <summary>The value chosen on resolution, as JSON text.</summary>
    public string? ResolvedValue { get; set; }
}
