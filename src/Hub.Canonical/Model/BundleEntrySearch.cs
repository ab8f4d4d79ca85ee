using System.Text.Json.Serialization;

namespace Hub.Canonical.Model;

/// <summary>Search information of a bundle entry.</summary>
public sealed record BundleEntrySearch
{
    /// <summary>Why the entry is there.</summary>
    [JsonPropertyName("mode")]
    public SearchEntryMode? Mode { get; init; }
}
