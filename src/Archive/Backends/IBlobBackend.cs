namespace Hub.Archive.Backends;

/// <summary>A dumb blob store under the archive: it never sees plaintext, only sealed envelopes.</summary>
internal interface IBlobBackend
{
    /// <summary>Writes the blob unless one with that key exists; returns false when it already existed (immutability).</summary>
    /// <param name="archivedAt">Kept as blob metadata for people inspecting the store; retention uses the index.</param>
    Task<bool> PutIfAbsentAsync(string key, ReadOnlyMemory<byte> blob, DateTimeOffset archivedAt, CancellationToken cancellationToken);

    Task<byte[]?> GetAsync(string key, CancellationToken cancellationToken);

    Task DeleteAsync(string key, CancellationToken cancellationToken);
}
