namespace Hub.Storage.Entities;

/// <summary>Index of the payload archive: which blob exists since when, so retention never lists the object store.</summary>
public sealed class ArchiveEntryRow
{
    /// <summary>The content address of the blob.</summary>
    public required string Key { get; set; }

    public DateTimeOffset ArchivedAt { get; set; }

    public long Size { get; set; }

    public required string ContentType { get; set; }

    public required string KeyId { get; set; }
}
