using System.Text.Json.Serialization;

namespace Hub.Canonical.Model;

/// <summary>One entry of a bundle.</summary>
public sealed record BundleEntry
{
    /// <summary>Absolute URL of the resource.</summary>
    [JsonPropertyName("fullUrl")]
    public string? FullUrl { get; init; }

    /// <summary>The resource, of any canonical type.</summary>
    [JsonPropertyName("resource")]
    public Resource? Resource { get; init; }

    /// <summary>Search information.</summary>
    [JsonPropertyName("search")]
    public BundleEntrySearch? Search { get; init; }

    /// <summary>The request (history and batch).</summary>
    [JsonPropertyName("request")]
    public BundleEntryRequest? Request { get; init; }

    /// <summary>The outcome (history and batch-response).</summary>
    [JsonPropertyName("response")]
    public BundleEntryResponse? Response { get; init; }
}
