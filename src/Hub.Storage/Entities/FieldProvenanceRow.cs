namespace Hub.Storage.Entities;

/// <summary>Which source last set one top-level field of a current resource, and when: what survivorship weighs.</summary>
public sealed class FieldProvenanceRow
{
    public required string ResourceType { get; set; }

    public required string ResourceId { get; set; }

    /// <summary>The top-level property, e.g. <c>entryDate</c> (the resource type is in <see cref="ResourceType"/>).</summary>
    public required string Path { get; set; }

    /// <summary>The connector (<c>siao</c>, <c>caf</c>...) or <c>hub</c> for writes through the resource API.</summary>
    public required string Source { get; set; }

    /// <summary>When the source changed the value (its own change time when it tells one, else when the hub received it).</summary>
    public DateTimeOffset ChangedAt { get; set; }

    /// <summary>When the hub stored the value.</summary>
    public DateTimeOffset RecordedAt { get; set; }
}
