using System.Text.Json.Serialization;

namespace Hub.Connectors.Solis;

/// <summary>The family-benefits body of the household (CAF or MSA) and its beneficiary number.</summary>
internal sealed record OrganismePayeur
{
    [JsonPropertyName("organisme")]
    public required string Organisme { get; init; }

    [JsonPropertyName("numeroOrganisme")]
    public string? NumeroOrganisme { get; init; }

    [JsonPropertyName("numeroAllocataire")]
    public required string NumeroAllocataire { get; init; }
}
