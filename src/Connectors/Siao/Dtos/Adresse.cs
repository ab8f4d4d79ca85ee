using System.Text.Json.Serialization;

namespace Hub.Connectors.Siao;

internal sealed record Adresse
{
    [JsonPropertyName("ligne1")]
    public string? Ligne1 { get; init; }

    [JsonPropertyName("ligne2")]
    public string? Ligne2 { get; init; }

    [JsonPropertyName("codePostal")]
    public string? CodePostal { get; init; }

    [JsonPropertyName("codeCommune")]
    public required string CodeCommune { get; init; }

    [JsonPropertyName("libelleCommune")]
    public string? LibelleCommune { get; init; }

    [JsonPropertyName("domiciliation")]
    public bool? Domiciliation { get; init; }
}
