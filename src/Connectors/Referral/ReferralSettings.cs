using System.ComponentModel.DataAnnotations;
using Hub.Connectors.Core;

namespace Hub.Connectors.Referral;

/// <summary>
/// The saisine channel of a CAF/CPAM connector: where to POST <c>/v1/saisines</c>, the secrets accepted on inbound status
/// callbacks (X-Key-Id → secret; two during a yearly rotation), the clock window, and a retry budget of its own (the
/// outbox already retries for 72 h, so the HTTP pipeline keeps only a couple of quick attempts).
/// </summary>
public sealed class ReferralSettings
{
    public bool Enabled { get; set; } = true;

    public Uri? BaseUrl { get; set; }

    /// <summary>Organisation → hub secrets by key id. Sensitive: never logged.</summary>
    public Dictionary<string, string> InboundKeys { get; set; } = new(StringComparer.Ordinal);

    [Range(typeof(TimeSpan), "00:00:01", "00:30:00")]
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromSeconds(300);

    public ResilienceSettings Resilience { get; set; } = new() { MaxRetryAttempts = 2, BaseDelay = TimeSpan.FromSeconds(2) };

    internal IEnumerable<ValidationResult> Validate(ConnectionSettings connection)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(this, new ValidationContext(this), results, validateAllProperties: true);
        Validator.TryValidateObject(Resilience, new ValidationContext(Resilience), results, validateAllProperties: true);
        if (!Enabled)
        {
            return results;
        }

        if (BaseUrl is null)
        {
            results.Add(new ValidationResult("Referral:BaseUrl (saisine receiver) is required when the referral channel is enabled.", ["Referral.BaseUrl"]));
        }

        if (string.IsNullOrWhiteSpace(connection.SigningKey) || string.IsNullOrWhiteSpace(connection.SigningKeyId))
        {
            results.Add(new ValidationResult("Connection:SigningKey and Connection:SigningKeyId (hub → organisation HMAC secret) are required for saisines.",
                ["Connection.SigningKey", "Connection.SigningKeyId"]));
        }

        if (InboundKeys.Count == 0 || InboundKeys.Any(k => string.IsNullOrWhiteSpace(k.Key) || string.IsNullOrWhiteSpace(k.Value)))
        {
            results.Add(new ValidationResult("Referral:InboundKeys needs at least one key id with its secret (organisation → hub callbacks).", ["Referral.InboundKeys"]));
        }

        if (Resilience.TotalTimeout <= Resilience.AttemptTimeout)
        {
            results.Add(new ValidationResult("Referral:Resilience:TotalTimeout must be longer than its AttemptTimeout.", ["Referral.Resilience.TotalTimeout"]));
        }

        return results;
    }
}
