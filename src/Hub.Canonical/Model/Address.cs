using System.Text.Json.Serialization;

namespace Hub.Canonical.Model;

/// <summary>A postal address in France.</summary>
public sealed record Address
{
    /// <summary>Street lines, in order.</summary>
    [JsonPropertyName("line")]
    public IReadOnlyList<string>? Line { get; init; }

    /// <summary>Code postal (5 digits).</summary>
    [JsonPropertyName("postalCode")]
    public string? PostalCode { get; init; }

    /// <summary>Commune.</summary>
    [JsonPropertyName("city")]
    public string? City { get; init; }

    /// <summary>INSEE COG code of the commune.</summary>
    [JsonPropertyName("cog")]
    public string? Cog { get; init; }

    /// <summary>ISO 3166-1 alpha-2 code; France when absent.</summary>
    [JsonPropertyName("country")]
    public string? Country { get; init; }
}
