using System.Text.Json.Serialization;

namespace Hub.Connectors.Solis;

internal sealed record StructureAccompagnement
{
    [JsonPropertyName("nom")]
    public required string Nom { get; init; }

    [JsonPropertyName("siret")]
    public string? Siret { get; init; }
}
