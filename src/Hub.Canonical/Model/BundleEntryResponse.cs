using System.Text.Json.Serialization;

namespace Hub.Canonical.Model;

/// <summary>The outcome of a bundle entry.</summary>
public sealed record BundleEntryResponse
{
    /// <summary>HTTP status code and optional reason, e.g. <c>201 Created</c>.</summary>
    [JsonPropertyName("status")]
    public required string Status { get; init; }

    /// <summary>Location of the resource version, e.g. <c>Household/123/_history/2</c>.</summary>
    [JsonPropertyName("location")]
    public string? Location { get; init; }

    /// <summary>ETag of the version, e.g. <c>W/"2"</c>.</summary>
    [JsonPropertyName("etag")]
    public string? Etag { get; init; }

    /// <summary>When the resource was last modified.</summary>
    [JsonPropertyName("lastModified")]
    public FhirDateTime? LastModified { get; init; }

    /// <summary>Issues, when the entry failed.</summary>
    [JsonPropertyName("outcome")]
    public OperationOutcome? Outcome { get; init; }
}
