using Hub.Storage;
using Microsoft.Extensions.Hosting;

namespace Hub.Archive.Encryption;

/// <summary>
/// Builds the key ring from configuration. Outside Production, with no key configured, the hub makes a local key under
/// the data directory so the embedded default still encrypts at rest; in Production a missing key stops the start.
/// </summary>
internal static class ArchiveKeyRingFactory
{
    public const string LocalKeyId = "local-dev";

    public static ArchiveKeyRing Create(ArchiveOptions options, IHostEnvironment environment, string dataDirectory)
    {
        if (options.Keys.Count > 0)
        {
            var keys = options.Keys.ToDictionary(k => k.Key, k => Convert.FromBase64String(k.Value), StringComparer.Ordinal);
            return new ArchiveKeyRing(keys, options.ActiveKeyId ?? keys.Keys.Order(StringComparer.Ordinal).Last());
        }

        if (environment.IsProduction())
        {
            throw new InvalidOperationException(
                "Archive encryption key missing: set Hub:Archive:Keys:<id> (32 bytes, base64) and Hub:Archive:ActiveKeyId " +
                "from the environment or a secret store. Production never runs with a generated local key.");
        }

        var path = Path.Combine(dataDirectory, "keys", "archive-local-dev.key");
        return new ArchiveKeyRing(new Dictionary<string, byte[]> { [LocalKeyId] = LocalKeyFile.LoadOrCreate(path) }, LocalKeyId);
    }
}
