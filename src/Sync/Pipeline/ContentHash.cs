using System.Security.Cryptography;
using System.Text;

namespace Hub.Sync.Pipeline;

/// <summary>Hash of what a source record became: the same record delivered twice hashes the same and is skipped.</summary>
internal static class ContentHash
{
    public static string Of(IEnumerable<string> canonicalJson)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var json in canonicalJson)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(json));
            hash.AppendData([0]);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
