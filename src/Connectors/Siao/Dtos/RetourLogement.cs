using System.Text.Json.Serialization;

namespace Hub.Connectors.Siao;

/// <summary>Housing entry or exit pushed by the hub (<c>POST /v1/retours/logements</c>).</summary>
internal sealed record RetourLogement
{
    [JsonPropertyName("referenceHub")]
    public required string ReferenceHub { get; init; }

    [JsonPropertyName("idMenage")]
    public required string IdMenage { get; init; }

    [JsonPropertyName("idDemande")]
    public string? IdDemande { get; init; }

    [JsonPropertyName("idOrientation")]
    public string? IdOrientation { get; init; }

    /// <summary><c>ENTREE</c> or <c>SORTIE</c>.</summary>
    [JsonPropertyName("evenement")]
    public required string Evenement { get; init; }

    [JsonPropertyName("dateEntree")]
    public required DateOnly DateEntree { get; init; }

    [JsonPropertyName("dateSortie")]
    public DateOnly? DateSortie { get; init; }

    [JsonPropertyName("typeBailleur")]
    public required string TypeBailleur { get; init; }

    [JsonPropertyName("logement")]
    public required LogementRetour Logement { get; init; }

    [JsonPropertyName("motifSortie")]
    public string? MotifSortie { get; init; }

    [JsonPropertyName("horodatage")]
    public required DateTimeOffset Horodatage { get; init; }
}
