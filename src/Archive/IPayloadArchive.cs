namespace Hub.Archive;

/// <summary>Immutable, content-addressed, encrypted store of the raw payloads the hub received.</summary>
public interface IPayloadArchive
{
    /// <summary>Archives <paramref name="content"/>; archiving the same bytes again is a no-op that returns the same key.</summary>
    Task<ArchivedPayload> PutAsync(ReadOnlyMemory<byte> content, string contentType, CancellationToken cancellationToken);

    /// <summary>The decrypted payload, or <c>null</c> when the key is unknown (or purged).</summary>
    Task<byte[]?> GetAsync(string key, CancellationToken cancellationToken);

    /// <summary>Deletes payloads archived before <c>now - Retention</c>; returns how many.</summary>
    Task<int> PurgeExpiredAsync(CancellationToken cancellationToken);
}
