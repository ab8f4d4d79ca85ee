using System.Text.Json.Serialization;

namespace Hub.Connectors.Solis;

/// <summary>The household entered a dwelling (lease or sub-lease signed), pushed to SOLIS for the FSL pack installation.</summary>
internal sealed record EntreeLogement
{
    [JsonPropertyName("referenceHub")]
    public required string ReferenceHub { get; init; }

    [JsonPropertyName("referenceOrientationHub")]
    public string? ReferenceOrientationHub { get; init; }

    [JsonPropertyName("idDossier")]
    public string? IdDossier { get; init; }

    [JsonPropertyName("individus")]
    public IReadOnlyList<IdentiteIndividu>? Individus { get; init; }

    [JsonPropertyName("dateEntree")]
    public required DateOnly DateEntree { get; init; }

    [JsonPropertyName("typeBailleur")]
    public required string TypeBailleur { get; init; }

    [JsonPropertyName("modeOccupation")]
    public required string ModeOccupation { get; init; }

    [JsonPropertyName("logement")]
    public required LogementEntree Logement { get; init; }

    [JsonPropertyName("bailleur")]
    public Bailleur? Bailleur { get; init; }

    [JsonPropertyName("horodatage")]
    public required DateTimeOffset Horodatage { get; init; }
}
