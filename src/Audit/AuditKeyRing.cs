using System.Security.Cryptography;
using System.Text;
using Hub.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Hub.Audit;

/// <summary>
/// The chain's HMAC keys. A plain hash chain can be recomputed by whoever can write the table; a keyed one cannot
/// without the key, which lives outside the database (environment or secret store).
/// </summary>
public sealed class AuditKeyRing
{
    public const string LocalKeyId = "local-dev";
    private readonly Dictionary<string, byte[]> _keys;

    public AuditKeyRing(IReadOnlyDictionary<string, byte[]> keys, string activeKeyId)
    {
        ArgumentNullException.ThrowIfNull(keys);
        _keys = keys.ToDictionary(k => k.Key, k => k.Value, StringComparer.Ordinal);
        if (!_keys.TryGetValue(activeKeyId, out var active))
        {
            throw new InvalidOperationException($"Hub:Audit:ActiveKeyId '{activeKeyId}' is not among Hub:Audit:Keys.");
        }

        if (_keys.Values.Any(k => k.Length < 32))
        {
            throw new InvalidOperationException("Every Hub:Audit:Keys entry must be at least 32 bytes (base64).");
        }

        ActiveKeyId = activeKeyId;
        _ = active;
    }

    public string ActiveKeyId { get; }

    /// <summary>HMAC-SHA256 (hex) of one link: its sequence, the previous link's hash and the event's JSON.</summary>
    public string Seal(string keyId, long sequence, string previousHash, string json)
    {
        if (!_keys.TryGetValue(keyId, out var key))
        {
            throw new KeyNotFoundException($"Audit key '{keyId}' is not configured.");
        }

        var text = Encoding.UTF8.GetBytes(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{sequence}\n{previousHash}\n{json}"));
        return Convert.ToHexStringLower(HMACSHA256.HashData(key, text));
    }

    public bool Knows(string keyId) => _keys.ContainsKey(keyId);

    /// <summary>
    /// Configured keys, else (outside Production) a local key under the data directory so the embedded default still
    /// seals its chain; Production without a key refuses to start.
    /// </summary>
    internal static AuditKeyRing Create(IOptions<AuditOptions> options, IOptions<HubDataOptions> data, IHostEnvironment environment)
    {
        var settings = options.Value;
        if (settings.Keys.Count > 0)
        {
            var keys = settings.Keys.ToDictionary(k => k.Key, k => Convert.FromBase64String(k.Value), StringComparer.Ordinal);
            return new AuditKeyRing(keys, settings.ActiveKeyId ?? keys.Keys.Order(StringComparer.Ordinal).Last());
        }

        if (environment.IsProduction())
        {
            throw new InvalidOperationException(
                "Audit key missing: set Hub:Audit:Keys:<id> (32 bytes, base64) and Hub:Audit:ActiveKeyId from the environment " +
                "or a secret store. Production never seals its audit trail with a generated local key.");
        }

        var path = Path.Combine(data.Value.FullDataDirectory, "keys", "audit-local-dev.key");
        return new AuditKeyRing(new Dictionary<string, byte[]> { [LocalKeyId] = LocalKeyFile.LoadOrCreate(path) }, LocalKeyId);
    }
}
