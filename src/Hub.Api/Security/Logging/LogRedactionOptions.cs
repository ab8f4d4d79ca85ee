namespace Hub.Api.Security.Logging;

/// <summary>Configuration section <c>Hub:Logging:Redaction</c>: the key of the HMAC that pseudonymous ids get in logs.</summary>
public sealed class LogRedactionOptions
{
    public const string SectionName = "Hub:Logging:Redaction";

    /// <summary>
    /// Base64, at least 32 bytes (44 characters). A secret: environment or user-secrets only. Without it each process
    /// draws a random key, so lines about one record correlate within a process but not across restarts or nodes.
    /// </summary>
    public string? HmacKey { get; set; }

    /// <summary>Appended to each HMAC so that a rotated key is recognisable in old logs.</summary>
    public int HmacKeyId { get; set; } = 1;
}
