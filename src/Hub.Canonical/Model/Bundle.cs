using System.Text.Json.Serialization;

namespace Hub.Canonical.Model;

/// <summary>A set of resources: search results, history, a collection or the response to a batch.</summary>
public sealed record Bundle() : Resource(TypeName)
{
    /// <summary>The <c>resourceType</c> of this resource.</summary>
    public const string TypeName = "Bundle";

    /// <summary>Kind of bundle.</summary>
    [JsonPropertyName("type")]
    public required BundleType Type { get; init; }

    /// <summary>Number of matches of a search (all pages).</summary>
    [JsonPropertyName("total")]
    public int? Total { get; init; }

    /// <summary>Paging links.</summary>
    [JsonPropertyName("link")]
    public IReadOnlyList<BundleLink>? Link { get; init; }

    /// <summary>Entries; absent when there are none.</summary>
    [JsonPropertyName("entry")]
    public IReadOnlyList<BundleEntry>? Entry { get; init; }
}
