using System.ComponentModel.DataAnnotations;

namespace Hub.Archive;

/// <summary>Configuration section <c>Hub:Archive</c>: the immutable store of raw partner payloads.</summary>
public sealed class ArchiveOptions : IValidatableObject
{
    public const string SectionName = "Hub:Archive";

    public ArchiveBackend Backend { get; set; } = ArchiveBackend.FileSystem;

    /// <summary>FileSystem: the folder (default <c>{Hub:DataDirectory}/archive</c>).</summary>
    public string? Path { get; set; }

    /// <summary>AzureBlob: connection string (sensitive) and container.</summary>
    public string? AzureConnectionString { get; set; }

    public string Container { get; set; } = "lda-hub-archive";

    /// <summary>S3: endpoint host[:port], credentials (sensitive), bucket, TLS.</summary>
    public string? S3Endpoint { get; set; }

    public string? S3AccessKey { get; set; }

    public string? S3SecretKey { get; set; }

    public string S3Bucket { get; set; } = "lda-hub-archive";

    public bool S3UseSsl { get; set; } = true;

    public string? S3Region { get; set; }

    /// <summary>How long raw payloads are kept (default 90 days); older ones are purged.</summary>
    [Range(typeof(TimeSpan), "01:00:00", "3650.00:00:00")]
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(90);

    /// <summary>Encryption keys by id (base64, 32 bytes each; sensitive: environment or secret store only).</summary>
    public Dictionary<string, string> Keys { get; set; } = [];

    /// <summary>The key id new payloads are encrypted with; older ids stay readable (rotation).</summary>
    public string? ActiveKeyId { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Backend == ArchiveBackend.AzureBlob && string.IsNullOrWhiteSpace(AzureConnectionString))
        {
            yield return new ValidationResult("Hub:Archive:AzureConnectionString is required for the AzureBlob backend.", [nameof(AzureConnectionString)]);
        }

        if (Backend == ArchiveBackend.S3 && (string.IsNullOrWhiteSpace(S3Endpoint) || string.IsNullOrWhiteSpace(S3AccessKey) || string.IsNullOrWhiteSpace(S3SecretKey)))
        {
            yield return new ValidationResult("Hub:Archive:S3Endpoint, S3AccessKey and S3SecretKey are required for the S3 backend.", [nameof(S3Endpoint)]);
        }

        if (ActiveKeyId is not null && !Keys.ContainsKey(ActiveKeyId))
        {
            yield return new ValidationResult($"Hub:Archive:ActiveKeyId '{ActiveKeyId}' is not in Hub:Archive:Keys.", [nameof(ActiveKeyId)]);
        }

        foreach (var (id, key) in Keys)
        {
            if (!IsKey(key))
            {
                yield return new ValidationResult($"Hub:Archive:Keys:{id} must be 32 bytes in base64.", [nameof(Keys)]);
            }
        }
    }

    private static bool IsKey(string base64)
    {
        Span<byte> buffer = stackalloc byte[48];
        return Convert.TryFromBase64String(base64, buffer, out var written) && written == 32;
    }
}
