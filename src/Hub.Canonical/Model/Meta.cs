using System.Text.Json.Serialization;

namespace Hub.Canonical.Model;

/// <summary>Technical metadata of a resource, set by the hub.</summary>
public sealed record Meta
{
    /// <summary>Version of the resource, incremented on each change.</summary>
    [JsonPropertyName("versionId")]
    public string? VersionId { get; init; }

    /// <summary>When this version was stored (an instant).</summary>
    [JsonPropertyName("lastUpdated")]
    public FhirDateTime? LastUpdated { get; init; }

    /// <summary>System the resource comes from, e.g. <c>urn:lda-hub:source:siao</c>.</summary>
    [JsonPropertyName("source")]
    public string? Source { get; init; }

    /// <summary>Technical tags.</summary>
    [JsonPropertyName("tag")]
    public IReadOnlyList<Coding>? Tag { get; init; }
}
