using System.ComponentModel.DataAnnotations;

namespace Hub.Audit;

/// <summary><c>Hub:Audit</c>: the chain's HMAC keys and the export schedule.</summary>
public sealed class AuditOptions
{
    public const string SectionName = "Hub:Audit";

    /// <summary>
    /// Key id → base64 key (at least 32 bytes), from the environment or a secret store. Old keys stay listed so that
    /// links sealed before a rotation still verify; new links use <see cref="ActiveKeyId"/>.
    /// </summary>
    public Dictionary<string, string> Keys { get; set; } = [];

    public string? ActiveKeyId { get; set; }

    /// <summary>When events are exported to the archive as a checkpoint (Quartz cron, UTC). Default: every night at 02:30.</summary>
    [Required]
    public string ExportCron { get; set; } = "0 30 2 * * ?";

    /// <summary>Events written per database transaction at most (group commit under load).</summary>
    [Range(1, 10_000)]
    public int BatchSize { get; set; } = 500;
}
