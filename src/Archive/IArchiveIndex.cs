namespace Hub.Archive;

/// <summary>
/// The archive's own index (a database table in the hub), so that retention asks the database which blobs expired
/// instead of listing an object store of millions of blobs (and S3 listings differ between vendors).
/// </summary>
public interface IArchiveIndex
{
    /// <summary>Records a blob; a second call for the same key keeps the first time (content addressing).</summary>
    Task AddAsync(ArchivedPayload payload, DateTimeOffset archivedAt, CancellationToken cancellationToken);

    Task<IReadOnlyList<string>> ExpiredAsync(DateTimeOffset cutoff, int limit, CancellationToken cancellationToken);

    Task RemoveAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken);
}
