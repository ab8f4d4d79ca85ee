using System.Text.Json.Serialization;

namespace Hub.Connectors.Solis;

/// <summary>The CD68 service or mandated operator that carries a measure.</summary>
internal sealed record StructureMesure
{
    [JsonPropertyName("idStructure")]
    public string? IdStructure { get; init; }

    [JsonPropertyName("nom")]
    public required string Nom { get; init; }

    [JsonPropertyName("siret")]
    public string? Siret { get; init; }
}
