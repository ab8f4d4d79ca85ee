using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Hub.Api.Features.Alerts;

/// <summary>
/// The webhook signature: <c>X-LdaHub-Signature: sha256=hex(HMAC-SHA256(secret, "{timestamp}.{body}"))</c> with
/// <c>X-LdaHub-Timestamp</c> in Unix seconds. The timestamp is inside the MAC so a receiver can refuse replays
/// (older than a few minutes); the scheme is the one GitHub and Stripe receivers already know.
/// </summary>
public static class AlertSignature
{
    public const string SignatureHeader = "X-LdaHub-Signature";
    public const string TimestampHeader = "X-LdaHub-Timestamp";
    public const string DeliveryHeader = "X-LdaHub-Delivery";

    public static string Sign(string secret, long timestamp, string body)
    {
        ArgumentNullException.ThrowIfNull(secret);
        ArgumentNullException.ThrowIfNull(body);
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(timestamp.ToString(CultureInfo.InvariantCulture) + "." + body));
        return "sha256=" + Convert.ToHexStringLower(mac);
    }
}
