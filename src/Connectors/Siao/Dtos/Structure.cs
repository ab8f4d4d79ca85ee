using System.Text.Json.Serialization;

namespace Hub.Connectors.Siao;

internal sealed record Structure
{
    [JsonPropertyName("idStructure")]
    public required string IdStructure { get; init; }

    [JsonPropertyName("nom")]
    public required string Nom { get; init; }

    [JsonPropertyName("finess")]
    public string? Finess { get; init; }

    [JsonPropertyName("siret")]
    public string? Siret { get; init; }

    [JsonPropertyName("codeCommune")]
    public string? CodeCommune { get; init; }
}
