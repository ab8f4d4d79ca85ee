using System.Globalization;
using Minio;
using Minio.DataModel.Args;
using Minio.Exceptions;

namespace Hub.Archive.Backends;

/// <summary>Any S3-compatible store through the MinIO SDK. S3 has no create-only put everywhere, so existence is checked first
/// (content addressing makes a racing second write harmless: same key, same bytes).</summary>
internal sealed class S3BlobBackend(IMinioClient client, string bucket) : IBlobBackend
{
    private const string ArchivedAtHeader = "x-amz-meta-archivedat";
    private int _created;

    public async Task<bool> PutIfAbsentAsync(string key, ReadOnlyMemory<byte> blob, DateTimeOffset archivedAt, CancellationToken cancellationToken)
    {
        await EnsureBucketAsync(cancellationToken);
        if (await StatAsync(key, cancellationToken) is not null)
        {
            return false;
        }

        using var stream = new MemoryStream(blob.ToArray(), writable: false);
        await client.PutObjectAsync(new PutObjectArgs()
            .WithBucket(bucket).WithObject(key)
            .WithStreamData(stream).WithObjectSize(stream.Length)
            .WithContentType("application/octet-stream")
            .WithHeaders(new Dictionary<string, string> { [ArchivedAtHeader] = archivedAt.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture) }),
            cancellationToken);
        return true;
    }

    public async Task<byte[]?> GetAsync(string key, CancellationToken cancellationToken)
    {
        await EnsureBucketAsync(cancellationToken);
        try
        {
            using var buffer = new MemoryStream();
            await client.GetObjectAsync(new GetObjectArgs().WithBucket(bucket).WithObject(key)
                .WithCallbackStream((stream, ct) => stream.CopyToAsync(buffer, ct)), cancellationToken);
            return buffer.ToArray();
        }
        catch (ObjectNotFoundException)
        {
            return null;
        }
    }

    public Task DeleteAsync(string key, CancellationToken cancellationToken) =>
        client.RemoveObjectAsync(new RemoveObjectArgs().WithBucket(bucket).WithObject(key), cancellationToken);

    private async Task<bool?> StatAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            await client.StatObjectAsync(new StatObjectArgs().WithBucket(bucket).WithObject(key), cancellationToken);
            return true;
        }
        catch (ObjectNotFoundException)
        {
            return null;
        }
    }

    private async Task EnsureBucketAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _created) == 1)
        {
            return;
        }

        if (!await client.BucketExistsAsync(new BucketExistsArgs().WithBucket(bucket), cancellationToken))
        {
            await client.MakeBucketAsync(new MakeBucketArgs().WithBucket(bucket), cancellationToken);
        }

        Volatile.Write(ref _created, 1);
    }
}
