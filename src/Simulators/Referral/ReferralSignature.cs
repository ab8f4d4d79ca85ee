using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Hub.Simulators.Referral;

/// <summary>
/// HMAC of the saisine contract: <c>X-Signature: sha256=&lt;hex&gt;</c> = HMAC-SHA256(secret, "&lt;X-Timestamp&gt;.&lt;raw body&gt;"),
/// lower-case hexadecimal. Public so hub tests can sign like the hub and check what the simulators send back.
/// </summary>
public static class ReferralSignature
{
    public static string Sign(string secret, long unixSeconds, ReadOnlySpan<byte> body)
    {
        ArgumentNullException.ThrowIfNull(secret);
        var prefix = Encoding.UTF8.GetBytes(unixSeconds.ToString(CultureInfo.InvariantCulture) + ".");
        var message = new byte[prefix.Length + body.Length];
        prefix.CopyTo(message, 0);
        body.CopyTo(message.AsSpan(prefix.Length));
        return "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), message));
    }

    public static bool Verify(string secret, long unixSeconds, ReadOnlySpan<byte> body, string? signature)
    {
        if (signature is null)
        {
            return false;
        }

        var expected = Encoding.ASCII.GetBytes(Sign(secret, unixSeconds, body));
        var given = Encoding.ASCII.GetBytes(signature);
        return CryptographicOperations.FixedTimeEquals(expected, given);
    }
}
