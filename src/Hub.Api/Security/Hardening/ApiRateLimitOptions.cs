using System.ComponentModel.DataAnnotations;

namespace Hub.Api.Security.Hardening;

/// <summary><c>Hub:Api:RateLimit</c>: a fixed window of requests per client (token's client id or subject, else the IP).</summary>
public sealed class ApiRateLimitOptions
{
    /// <summary>Requests one client may make per <see cref="Window"/>; 0 turns the limit off.</summary>
    [Range(0, 1_000_000)]
    public int PermitLimit { get; set; } = 1200;

    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Requests held (not refused) once the window is spent, served as the next window opens.</summary>
    [Range(0, 10_000)]
    public int QueueLimit { get; set; }
}
