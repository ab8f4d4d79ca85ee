using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace Hub.Simulators.Hosting;

/// <summary>The first answer given to an Idempotency-Key, replayed for the same body.</summary>
internal sealed record StoredResponse(string BodyHash, int Status, byte[] Response, string? Location);

/// <summary>
/// Idempotency-Key handling of the push endpoints: same key + same body → first answer again (Idempotent-Replayed);
/// same key + other body → 409 cle-reutilisee; same key while the first call still runs → 409 traitement-en-cours.
/// </summary>
internal sealed class IdempotencyStore
{
    private readonly ConcurrentDictionary<string, StoredResponse> _done = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _running = new(StringComparer.Ordinal);

    public static string Hash(string endpoint, ReadOnlySpan<byte> body)
    {
        Span<byte> digest = stackalloc byte[32];
        var input = new byte[System.Text.Encoding.UTF8.GetByteCount(endpoint) + 1 + body.Length];
        var written = System.Text.Encoding.UTF8.GetBytes(endpoint, input);
        input[written] = 0;
        body.CopyTo(input.AsSpan(written + 1));
        SHA256.HashData(input, digest);
        return Convert.ToHexStringLower(digest);
    }

    public StoredResponse? Find(string key) => _done.GetValueOrDefault(key);

    public bool TryBegin(string key) => _running.TryAdd(key, 0);

    public void Complete(string key, StoredResponse response)
    {
        _done[key] = response;
        _running.TryRemove(key, out _);
    }

    public void Abandon(string key) => _running.TryRemove(key, out _);

    public void Clear()
    {
        _done.Clear();
        _running.Clear();
    }
}
