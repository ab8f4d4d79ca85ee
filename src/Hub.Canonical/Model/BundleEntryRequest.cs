using System.Text.Json.Serialization;

namespace Hub.Canonical.Model;

/// <summary>The request of a bundle entry.</summary>
public sealed record BundleEntryRequest
{
    /// <summary>HTTP method.</summary>
    [JsonPropertyName("method")]
    public required HttpVerb Method { get; init; }

    /// <summary>URL relative to the base, e.g. <c>Household/123</c>.</summary>
    [JsonPropertyName("url")]
    public required string Url { get; init; }
}
