namespace Hub.Storage.Entities;

/// <summary>The current version of one resource (one row per resource type and id).</summary>
public sealed class ResourceRow
{
    public required string ResourceType { get; set; }

    public required string Id { get; set; }

    /// <summary>Monotonic per resource; the optimistic concurrency token.</summary>
    public long VersionId { get; set; }

    public DateTimeOffset LastUpdated { get; set; }

    public bool IsDeleted { get; set; }

    /// <summary>Where the current version came from (meta.source), e.g. <c>urn:lda-hub:source:siao</c>.</summary>
    public string? Source { get; set; }

    /// <summary>The resource exactly as served, meta included. Stored as text so reads return the bytes that were written.</summary>
    public required string Json { get; set; }
}
