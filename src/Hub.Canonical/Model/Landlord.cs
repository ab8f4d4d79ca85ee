using System.Text.Json.Serialization;

namespace Hub.Canonical.Model;

/// <summary>A landlord (bailleur).</summary>
public sealed record Landlord
{
    /// <summary>Name of the landlord or of the intermediation operator.</summary>
    [JsonPropertyName("name")]
    public required string Name { get; init; }

    /// <summary>Identifier of the landlord, when known.</summary>
    [JsonPropertyName("identifier")]
    public Identifier? Identifier { get; init; }
}
