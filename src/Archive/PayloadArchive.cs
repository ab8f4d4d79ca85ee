using Hub.Archive.Backends;
using Hub.Archive.Encryption;
using Microsoft.Extensions.Options;

namespace Hub.Archive;

/// <summary>Seals payloads and stores them content-addressed in the configured backend; purges them after retention.</summary>
internal sealed class PayloadArchive(
    IBlobBackend backend, IArchiveIndex index, ArchiveKeyRing keys, TimeProvider time, IOptions<ArchiveOptions> options) : IPayloadArchive
{
    public async Task<ArchivedPayload> PutAsync(ReadOnlyMemory<byte> content, string contentType, CancellationToken cancellationToken)
    {
        var address = keys.Address(content.Span);
        var envelope = keys.Seal(content.Span, address);
        var now = time.GetUtcNow();
        var written = await backend.PutIfAbsentAsync(address, envelope, now, cancellationToken);
        var archived = new ArchivedPayload(address, content.Length, contentType, keys.ActiveKeyId, AlreadyArchived: !written);
        // Blob first, index second: a crash in between leaves an unindexed blob, re-indexed by the next put of that page.
        await index.AddAsync(archived, now, cancellationToken);
        return archived;
    }

    public async Task<byte[]?> GetAsync(string key, CancellationToken cancellationToken)
    {
        var envelope = await backend.GetAsync(key, cancellationToken);
        return envelope is null ? null : keys.Open(envelope, key);
    }

    public async Task<int> PurgeExpiredAsync(CancellationToken cancellationToken)
    {
        const int batch = 500;
        var cutoff = time.GetUtcNow() - options.Value.Retention;
        var purged = 0;
        while (true)
        {
            var expired = await index.ExpiredAsync(cutoff, batch, cancellationToken);
            foreach (var key in expired)
            {
                await backend.DeleteAsync(key, cancellationToken);
            }

            await index.RemoveAsync([.. expired], cancellationToken);
            purged += expired.Count;
            if (expired.Count < batch)
            {
                return purged;
            }
        }
    }
}
