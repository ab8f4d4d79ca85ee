using System.ComponentModel.DataAnnotations;
using Hub.Api.Security.Hardening;
using Microsoft.Extensions.Options;

namespace Hub.Api.Hosting;

/// <summary>Configuration section <c>Hub:Api</c>: limits of the HTTP API.</summary>
public sealed class HubApiOptions
{
    public const string SectionName = "Hub:Api";

    /// <summary>Largest request body accepted, in bytes (default 4 MiB); larger bodies get 413 before any parsing.</summary>
    [Range(1024, 256L * 1024 * 1024)]
    public long MaxBodyBytes { get; set; } = 4L * 1024 * 1024;

    /// <summary>Page size when a search does not say <c>_count</c>.</summary>
    [Range(1, 1000)]
    public int DefaultPageSize { get; set; } = 50;

    /// <summary>Largest <c>_count</c> a client may ask for.</summary>
    [Range(1, 10000)]
    public int MaxPageSize { get; set; } = 1000;

    /// <summary>Requests per client and window (429 above).</summary>
    [ValidateObjectMembers]
    public ApiRateLimitOptions RateLimit { get; set; } = new();

    /// <summary>Cross-origin access from browsers: closed by default.</summary>
    public ApiCorsOptions Cors { get; set; } = new();
}
