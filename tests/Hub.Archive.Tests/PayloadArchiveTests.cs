using System.Security.Cryptography;
using System.Text;
using Azure.Storage.Blobs;
using Hub.Archive.Backends;
using Hub.Archive.Encryption;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Minio;

namespace Hub.Archive.Tests;

/// <summary>The archive contract, run on each backend against its real server.</summary>
public abstract class PayloadArchiveTests : IDisposable
{
    private readonly SqliteArchiveIndex _index = new();

    private static readonly byte[] Page = Encoding.UTF8.GetBytes("""{"elements":[{"id":"M-1","nom":"EXEMPLE"}],"curseurSuivant":"Mg=="}""");

    protected FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero));

    private protected abstract IBlobBackend CreateBackend();

    private PayloadArchive CreateSut(ArchiveKeyRing? keys = null) => CreateSut(CreateBackend(), keys ?? KeyRing("k1"));

    private PayloadArchive CreateSut(IBlobBackend backend, ArchiveKeyRing keys) =>
        new(backend, _index.Index, keys, Clock, Options.Create(new ArchiveOptions { Retention = TimeSpan.FromDays(30) }));

    public void Dispose()
    {
        _index.Dispose();
        DisposeBackend();
        GC.SuppressFinalize(this);
    }

    protected virtual void DisposeBackend()
    {
    }

    [Fact]
    public async Task Put_ThenGet_ReturnsSameBytes()
    {
        var sut = CreateSut();

        var archived = await sut.PutAsync(Page, "application/json", CancellationToken.None);

        Assert.Equal(Page, await sut.GetAsync(archived.Key, CancellationToken.None));
        Assert.Equal("k1", archived.KeyId);
        Assert.False(archived.AlreadyArchived);
    }

    [Fact]
    public async Task Put_SameContentTwice_IsStoredOnceUnderSameKey()
    {
        var sut = CreateSut();

        var first = await sut.PutAsync(Page, "application/json", CancellationToken.None);
        var second = await sut.PutAsync(Page, "application/json", CancellationToken.None);

        Assert.Equal(first.Key, second.Key);
        Assert.True(second.AlreadyArchived);
        Assert.Equal(1, _index.Count());
    }

    [Fact]
    public async Task Put_StoredBlob_IsEncryptedAtRest()
    {
        var backend = CreateBackend();
        var sut = CreateSut(backend, KeyRing("k1"));

        var archived = await sut.PutAsync(Page, "application/json", CancellationToken.None);

        var raw = await backend.GetAsync(archived.Key, CancellationToken.None);
        Assert.NotNull(raw);
        Assert.DoesNotContain("EXEMPLE", Encoding.UTF8.GetString(raw), StringComparison.Ordinal);
        Assert.Equal("k1", ArchiveKeyRing.KeyIdOf(raw));
    }

    [Fact]
    public async Task Get_AfterKeyRotation_OpensOldPayloads()
    {
        var oldKey = RandomNumberGenerator.GetBytes(32);
        var sut = CreateSut(new ArchiveKeyRing(new Dictionary<string, byte[]> { ["2025"] = oldKey }, "2025"));
        var archived = await sut.PutAsync(Page, "application/json", CancellationToken.None);

        var rotated = CreateSut(new ArchiveKeyRing(new Dictionary<string, byte[]> { ["2025"] = oldKey, ["2026"] = RandomNumberGenerator.GetBytes(32) }, "2026"));

        Assert.Equal(Page, await rotated.GetAsync(archived.Key, CancellationToken.None));
        Assert.Equal("2026", (await rotated.PutAsync("{}"u8.ToArray(), "application/json", CancellationToken.None)).KeyId);
    }

    [Fact]
    public async Task Get_TamperedBlob_Throws()
    {
        var backend = CreateBackend();
        var keys = KeyRing("k1");
        var sut = CreateSut(backend, keys);
        var archived = await sut.PutAsync(Page, "application/json", CancellationToken.None);
        var forged = keys.Seal("""{"elements":[]}"""u8, "another-address");
        var forgedKey = new string('0', 64);
        await backend.PutIfAbsentAsync(forgedKey, forged, Clock.GetUtcNow(), CancellationToken.None);

        // An envelope moved under another name fails authentication: the address is bound to the content.
        await Assert.ThrowsAnyAsync<CryptographicException>(() => sut.GetAsync(forgedKey, CancellationToken.None));
        Assert.NotNull(await sut.GetAsync(archived.Key, CancellationToken.None));
    }

    [Fact]
    public async Task PurgeExpired_OlderThanRetention_DeletesOnlyThose()
    {
        var sut = CreateSut();
        var old = await sut.PutAsync(Encoding.UTF8.GetBytes($"old-{Guid.NewGuid()}"), "text/plain", CancellationToken.None);
        Clock.Advance(TimeSpan.FromDays(40));
        var recent = await sut.PutAsync(Encoding.UTF8.GetBytes($"recent-{Guid.NewGuid()}"), "text/plain", CancellationToken.None);

        var purged = await sut.PurgeExpiredAsync(CancellationToken.None);

        Assert.Equal(1, purged);
        Assert.Equal(1, _index.Count());
        Assert.Null(await sut.GetAsync(old.Key, CancellationToken.None));
        Assert.NotNull(await sut.GetAsync(recent.Key, CancellationToken.None));
    }

    [Fact]
    public async Task Get_UnknownKey_ReturnsNull()
    {
        Assert.Null(await CreateSut().GetAsync(new string('a', 64), CancellationToken.None));
    }

    private static ArchiveKeyRing KeyRing(string id) =>
        new(new Dictionary<string, byte[]> { [id] = SHA256.HashData(Encoding.UTF8.GetBytes("test key " + id)) }, id);
}

public sealed class FileSystemPayloadArchiveTests : PayloadArchiveTests
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "lda-hub-archive-tests", Guid.NewGuid().ToString("N"));

    private protected override IBlobBackend CreateBackend() => new FileSystemBlobBackend(_root);

    protected override void DisposeBackend()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}

public sealed class AzuritePayloadArchiveTests : PayloadArchiveTests
{
    private readonly string _container = "t" + Guid.NewGuid().ToString("N");

    private protected override IBlobBackend CreateBackend() => new AzureBlobBackend(new BlobContainerClient(TestServers.Azurite, _container));
}

public sealed class S3rverPayloadArchiveTests : PayloadArchiveTests
{
    private readonly string _bucket = "t" + Guid.NewGuid().ToString("N")[..20];

    private protected override IBlobBackend CreateBackend() =>
        new S3BlobBackend(new MinioClient().WithEndpoint(TestServers.S3).WithCredentials("S3RVER", "S3RVER").WithSSL(false).Build(), _bucket);
}
