using System.Text.Json.Serialization;

namespace Hub.Connectors.Siao;

internal sealed record LogementRetour
{
    [JsonPropertyName("codeCommune")]
    public required string CodeCommune { get; init; }

    [JsonPropertyName("codePostal")]
    public string? CodePostal { get; init; }

    [JsonPropertyName("typologie")]
    public string? Typologie { get; init; }
}
