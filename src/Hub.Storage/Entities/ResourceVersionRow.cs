namespace Hub.Storage.Entities;

/// <summary>One immutable version of a resource: the full history, current version included.</summary>
public sealed class ResourceVersionRow
{
    public required string ResourceType { get; set; }

    public required string Id { get; set; }

    public long VersionId { get; set; }

    public DateTimeOffset LastUpdated { get; set; }

    public bool IsDeleted { get; set; }

    /// <summary>The interaction that produced the version: create, update or delete.</summary>
    public required string Operation { get; set; }

    public string? Source { get; set; }

    public required string Json { get; set; }
}
