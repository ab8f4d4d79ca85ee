using System.Text.Json.Serialization;

namespace Hub.Canonical.Model;

/// <summary>A paging link of a bundle.</summary>
public sealed record BundleLink
{
    /// <summary>Relation to this page.</summary>
    [JsonPropertyName("relation")]
    public required LinkRelation Relation { get; init; }

    /// <summary>The link.</summary>
    [JsonPropertyName("url")]
    public required string Url { get; init; }
}
