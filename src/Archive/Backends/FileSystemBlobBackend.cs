
namespace Hub.Archive.Backends;

/// <summary>Blobs as files, fanned out by the first characters of the key so no folder grows too large.</summary>
internal sealed class FileSystemBlobBackend(string root) : IBlobBackend
{
    public async Task<bool> PutIfAbsentAsync(string key, ReadOnlyMemory<byte> blob, DateTimeOffset archivedAt, CancellationToken cancellationToken)
    {
        var path = PathOf(key);
        if (File.Exists(path))
        {
            return false;
        }

        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        // Write aside then move: a crash never leaves a half-written blob under the final name.
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        await File.WriteAllBytesAsync(temporary, blob.ToArray(), cancellationToken);
        File.SetLastWriteTimeUtc(temporary, archivedAt.UtcDateTime);
        try
        {
            File.Move(temporary, path, overwrite: false);
            return true;
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(temporary);
            return false;
        }
    }

    public async Task<byte[]?> GetAsync(string key, CancellationToken cancellationToken)
    {
        var path = PathOf(key);
        return File.Exists(path) ? await File.ReadAllBytesAsync(path, cancellationToken) : null;
    }

    public Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        File.Delete(PathOf(key));
        return Task.CompletedTask;
    }

    private string PathOf(string key) => System.IO.Path.Combine(root, key[..2], key[2..4], key + ".blob");
}
