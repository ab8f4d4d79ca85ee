using System.Text.Json.Serialization;

namespace Hub.Canonical.Model;

/// <summary>Codes and/or a free text for one concept.</summary>
public sealed record CodeableConcept
{
    /// <summary>Codes.</summary>
    [JsonPropertyName("coding")]
    public IReadOnlyList<Coding>? Coding { get; init; }

    /// <summary>Free text as entered by a person.</summary>
    [JsonPropertyName("text")]
    public string? Text { get; init; }
}
