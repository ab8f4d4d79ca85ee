namespace Hub.Archive;

/// <summary>Where archived payloads live.</summary>
public enum ArchiveBackend
{
    /// <summary>Embedded default: a folder under the data directory.</summary>
    FileSystem,

    /// <summary>Azure Blob Storage (or Azurite).</summary>
    AzureBlob,

    /// <summary>Any S3-compatible object store (MinIO, Scaleway, OVH, AWS...), through the MinIO SDK.</summary>
    S3,
}
