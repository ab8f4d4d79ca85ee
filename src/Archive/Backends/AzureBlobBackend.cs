using System.Globalization;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace Hub.Archive.Backends;

/// <summary>Azure Blob Storage (tested against Azurite). Immutability through a create-only condition (If-None-Match: *).</summary>
internal sealed class AzureBlobBackend(BlobContainerClient container) : IBlobBackend
{
    private const string ArchivedAtKey = "archivedat";
    private int _created;

    public async Task<bool> PutIfAbsentAsync(string key, ReadOnlyMemory<byte> blob, DateTimeOffset archivedAt, CancellationToken cancellationToken)
    {
        await EnsureContainerAsync(cancellationToken);
        try
        {
            await container.GetBlobClient(key).UploadAsync(new BinaryData(blob), new BlobUploadOptions
            {
                Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
                Metadata = new Dictionary<string, string> { [ArchivedAtKey] = archivedAt.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture) },
                HttpHeaders = new BlobHttpHeaders { ContentType = "application/octet-stream" },
            }, cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            return false;
        }
    }

    public async Task<byte[]?> GetAsync(string key, CancellationToken cancellationToken)
    {
        await EnsureContainerAsync(cancellationToken);
        try
        {
            var result = await container.GetBlobClient(key).DownloadContentAsync(cancellationToken);
            return result.Value.Content.ToArray();
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    public async Task DeleteAsync(string key, CancellationToken cancellationToken) =>
        await container.GetBlobClient(key).DeleteIfExistsAsync(cancellationToken: cancellationToken);

    private async Task EnsureContainerAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _created) == 0)
        {
            await container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
            Volatile.Write(ref _created, 1);
        }
    }
}
