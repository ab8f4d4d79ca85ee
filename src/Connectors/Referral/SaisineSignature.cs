using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Hub.Connectors.Referral;

/// <summary>
/// The HMAC of the saisine contract, both directions: <c>X-Signature: sha256=&lt;hex&gt;</c> with
/// hex = lower-case HMAC-SHA256(secret, X-Timestamp + "." + raw body bytes) (docs/connectors/caf.md §2).
/// </summary>
public static class SaisineSignature
{
    public const string Prefix = "sha256=";

    public static string Sign(string secret, long unixSeconds, ReadOnlySpan<byte> body)
    {
        ArgumentException.ThrowIfNullOrEmpty(secret);
        return Prefix + Convert.ToHexStringLower(Compute(secret, unixSeconds, body));
    }

    /// <summary>Constant-time check of a received <c>X-Signature</c> value.</summary>
    public static bool Matches(string secret, long unixSeconds, ReadOnlySpan<byte> body, string? signature)
    {
        ArgumentException.ThrowIfNullOrEmpty(secret);
        if (signature is null || !signature.StartsWith(Prefix, StringComparison.Ordinal) || signature.Length != Prefix.Length + 64)
        {
            return false;
        }

        byte[] received;
        try
        {
            received = Convert.FromHexString(signature.AsSpan(Prefix.Length));
        }
        catch (FormatException)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(received, Compute(secret, unixSeconds, body));
    }

    private static byte[] Compute(string secret, long unixSeconds, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.ASCII.GetBytes(unixSeconds.ToString(CultureInfo.InvariantCulture) + ".");
        var message = new byte[prefix.Length + body.Length];
        prefix.CopyTo(message, 0);
        body.CopyTo(message.AsSpan(prefix.Length));
        return HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), message);
    }
}
