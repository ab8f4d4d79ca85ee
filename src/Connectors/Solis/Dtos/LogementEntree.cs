using System.Text.Json.Serialization;

namespace Hub.Connectors.Solis;

internal sealed record LogementEntree
{
    [JsonPropertyName("adresse")]
    public string? Adresse { get; init; }

    [JsonPropertyName("codePostal")]
    public string? CodePostal { get; init; }

    [JsonPropertyName("codeCommune")]
    public required string CodeCommune { get; init; }

    [JsonPropertyName("typologie")]
    public string? Typologie { get; init; }

    [JsonPropertyName("loyerMensuel")]
    public decimal? LoyerMensuel { get; init; }

    [JsonPropertyName("chargesMensuelles")]
    public decimal? ChargesMensuelles { get; init; }

    [JsonPropertyName("primeIntermediation")]
    public bool? PrimeIntermediation { get; init; }
}
