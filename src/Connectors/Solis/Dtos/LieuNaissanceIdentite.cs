using System.Text.Json.Serialization;

namespace Hub.Connectors.Solis;

internal sealed record LieuNaissanceIdentite
{
    [JsonPropertyName("codeCommune")]
    public string? CodeCommune { get; init; }

    [JsonPropertyName("codePays")]
    public required string CodePays { get; init; }
}
