using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Hub.Connectors.Referral;

/// <summary>
/// Checks status callbacks posted by the CAF or CPAM to <c>/api/inbound/caf|cpam</c>, in the order the contract sets:
/// raw body (before parsing), timestamp within ±window of the hub's clock, known key id, then the HMAC in constant time.
/// Idempotency comes after, in the caller. Resolve it keyed by the connector name.
/// </summary>
public sealed class ReferralSignatureVerifier
{
    private readonly IReadOnlyDictionary<string, string> _keys;
    private readonly TimeProvider _time;
    private readonly TimeSpan _window;

    /// <param name="keys">Organisation → hub secrets by X-Key-Id (two during a rotation).</param>
    public ReferralSignatureVerifier(IReadOnlyDictionary<string, string> keys, TimeProvider time, TimeSpan? window = null)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(time);
        _keys = keys;
        _time = time;
        _window = window ?? TimeSpan.FromSeconds(300);
    }

    public SignatureCheck Verify(ReadOnlySpan<byte> rawBody, IHeaderDictionary headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        return Verify(rawBody, headers["X-Timestamp"].ToString(), headers["X-Key-Id"].ToString(), headers["X-Signature"].ToString());
    }

    public SignatureCheck Verify(ReadOnlySpan<byte> rawBody, string? timestamp, string? keyId, string? signature)
    {
        if (string.IsNullOrEmpty(signature) || string.IsNullOrEmpty(timestamp)
            || !long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return SignatureCheck.Fail(SignatureCheck.SignatureInvalide, "X-Signature or X-Timestamp missing or malformed.", keyId);
        }

        var skew = _time.GetUtcNow().ToUnixTimeSeconds() - seconds;
        if (Math.Abs(skew) > _window.TotalSeconds)
        {
            return SignatureCheck.Fail(SignatureCheck.HorodatageHorsFenetre,
                string.Create(CultureInfo.InvariantCulture, $"X-Timestamp is {skew} s away from the hub's clock (window ±{_window.TotalSeconds} s)."), keyId);
        }

        if (string.IsNullOrEmpty(keyId) || !_keys.TryGetValue(keyId, out var secret))
        {
            return SignatureCheck.Fail(SignatureCheck.CleInconnue, "X-Key-Id is not a known key.", keyId);
        }

        return SaisineSignature.Matches(secret, seconds, rawBody, signature)
            ? SignatureCheck.Valid(keyId)
            : SignatureCheck.Fail(SignatureCheck.SignatureInvalide, "The HMAC does not match the body.", keyId);
    }
}
