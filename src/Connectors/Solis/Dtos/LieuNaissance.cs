using System.Text.Json.Serialization;

namespace Hub.Connectors.Solis;

internal sealed record LieuNaissance
{
    [JsonPropertyName("codeCommune")]
    public string? CodeCommune { get; init; }

    [JsonPropertyName("codePays")]
    public required string CodePays { get; init; }

    [JsonPropertyName("libelle")]
    public string? Libelle { get; init; }
}
