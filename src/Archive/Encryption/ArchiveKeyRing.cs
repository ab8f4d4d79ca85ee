using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text;

namespace Hub.Archive.Encryption;

/// <summary>
/// The archive's keys: payloads are sealed with AES-256-GCM under the active key, and every envelope names its key id so
/// rotated-out keys still open old payloads. Addresses are HMAC-SHA-256 of the plaintext under a key derived from the
/// active key, so an address reveals nothing about a guessed payload.
/// </summary>
internal sealed class ArchiveKeyRing
{
    private static readonly byte[] Magic = "LDAA"u8.ToArray();
    private const byte FormatVersion = 1;
    private const int NonceSize = 12;
    private const int TagSize = 16;

    private readonly FrozenDictionary<string, byte[]> _keys;
    private readonly byte[] _addressKey;

    public ArchiveKeyRing(IReadOnlyDictionary<string, byte[]> keys, string activeKeyId)
    {
        if (!keys.ContainsKey(activeKeyId))
        {
            throw new ArgumentException($"Active key id '{activeKeyId}' is not in the key ring.", nameof(activeKeyId));
        }

        _keys = keys.ToFrozenDictionary(StringComparer.Ordinal);
        ActiveKeyId = activeKeyId;
        _addressKey = HKDF.DeriveKey(HashAlgorithmName.SHA256, keys[activeKeyId], 32, info: "lda-hub archive address"u8.ToArray());
    }

    public string ActiveKeyId { get; }

    public string Address(ReadOnlySpan<byte> plaintext) => Convert.ToHexStringLower(HMACSHA256.HashData(_addressKey, plaintext));

    /// <summary><c>LDAA | v1 | keyId length | keyId | nonce | tag | ciphertext</c>; the address is authenticated data.</summary>
    public byte[] Seal(ReadOnlySpan<byte> plaintext, string address)
    {
        var keyId = Encoding.UTF8.GetBytes(ActiveKeyId);
        var header = Magic.Length + 2 + keyId.Length;
        var envelope = new byte[header + NonceSize + TagSize + plaintext.Length];
        Magic.CopyTo(envelope, 0);
        envelope[4] = FormatVersion;
        envelope[5] = checked((byte)keyId.Length);
        keyId.CopyTo(envelope, 6);
        var nonce = envelope.AsSpan(header, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_keys[ActiveKeyId], TagSize);
        aes.Encrypt(nonce, plaintext, envelope.AsSpan(header + NonceSize + TagSize), envelope.AsSpan(header + NonceSize, TagSize), Encoding.ASCII.GetBytes(address));
        return envelope;
    }

    /// <exception cref="CryptographicException">The envelope was altered, or its key is not in the ring.</exception>
    public byte[] Open(ReadOnlySpan<byte> envelope, string address)
    {
        if (envelope.Length < 6 || !envelope[..4].SequenceEqual(Magic) || envelope[4] != FormatVersion)
        {
            throw new CryptographicException("Not an LDA Hub archive envelope.");
        }

        var keyIdLength = envelope[5];
        var keyId = Encoding.UTF8.GetString(envelope.Slice(6, keyIdLength));
        if (!_keys.TryGetValue(keyId, out var key))
        {
            throw new CryptographicException($"Archive key '{keyId}' is not configured (Hub:Archive:Keys).");
        }

        var header = 6 + keyIdLength;
        var plaintext = new byte[envelope.Length - header - NonceSize - TagSize];
        using var aes = new AesGcm(key, TagSize);
        aes.Decrypt(envelope.Slice(header, NonceSize), envelope[(header + NonceSize + TagSize)..], envelope.Slice(header + NonceSize, TagSize), plaintext, Encoding.ASCII.GetBytes(address));
        return plaintext;
    }

    /// <summary>Key id of a sealed envelope, without opening it.</summary>
    public static string KeyIdOf(ReadOnlySpan<byte> envelope) => Encoding.UTF8.GetString(envelope.Slice(6, envelope[5]));
}
