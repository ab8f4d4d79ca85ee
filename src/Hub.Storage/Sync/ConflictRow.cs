namespace Hub.Storage.Sync;

/// <summary>Two sources disagreed on a field: both values, who said what and when, and which one the survivorship rule kept.</summary>
public sealed class ConflictRow
{
    public required string Id { get; set; }

    public required string ResourceType { get; set; }

    public required string ResourceId { get; set; }

    public required string Path { get; set; }

    public required string KeptSource { get; set; }

    public required string KeptValue { get; set; }

    public required string OtherSource { get; set; }

    public required string OtherValue { get; set; }

    public DateTimeOffset DetectedAt { get; set; }

    /// <summary>open, resolved.</summary>
    public required string Status { get; set; }
}
