using System.Text.Json.Serialization;

namespace Hub.Connectors.Solis;

internal sealed record Bailleur
{
    [JsonPropertyName("nom")]
    public string? Nom { get; init; }

    [JsonPropertyName("siret")]
    public string? Siret { get; init; }
}
