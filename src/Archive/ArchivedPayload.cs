namespace Hub.Archive;

/// <summary>A reference to an archived payload: its content address, size, type and the key that encrypts it.</summary>
/// <param name="Key">Content address: a keyed hash (HMAC-SHA-256) of the plaintext, so equal payloads share one blob and
/// nobody can confirm a guessed payload from the address alone.</param>
public sealed record ArchivedPayload(string Key, long Size, string ContentType, string KeyId, bool AlreadyArchived);
