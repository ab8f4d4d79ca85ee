using System.Text.Json.Serialization;

namespace Hub.Canonical.Model;

/// <summary>An organisation that provides a service (structure d'accompagnement ou d'hébergement).</summary>
public sealed record Structure
{
    /// <summary>Name of the structure.</summary>
    [JsonPropertyName("name")]
    public required string Name { get; init; }

    /// <summary>Identifier of the structure in a source system.</summary>
    [JsonPropertyName("identifier")]
    public Identifier? Identifier { get; init; }
}
