using System.Text.Json.Serialization;

namespace Hub.Connectors.Solis;

/// <summary>A support measure (ASLL, AVDL) or an FSL grant (accès, maintien).</summary>
internal sealed record Mesure : SolisRecord
{
    [JsonPropertyName("idDossier")]
    public required string IdDossier { get; init; }

    [JsonPropertyName("idIndividus")]
    public IReadOnlyList<string>? IdIndividus { get; init; }

    [JsonPropertyName("type")]
    public required string Type { get; init; }

    [JsonPropertyName("statut")]
    public required string Statut { get; init; }

    [JsonPropertyName("dateDemande")]
    public required DateOnly DateDemande { get; init; }

    [JsonPropertyName("dateDecision")]
    public DateOnly? DateDecision { get; init; }

    [JsonPropertyName("dateDebut")]
    public DateOnly? DateDebut { get; init; }

    [JsonPropertyName("dateFinPrevue")]
    public DateOnly? DateFinPrevue { get; init; }

    [JsonPropertyName("dateFin")]
    public DateOnly? DateFin { get; init; }

    [JsonPropertyName("idReferent")]
    public string? IdReferent { get; init; }

    [JsonPropertyName("structure")]
    public StructureMesure? Structure { get; init; }

    [JsonPropertyName("aidesFsl")]
    public IReadOnlyList<AideFsl>? AidesFsl { get; init; }

    [JsonPropertyName("motifFin")]
    public string? MotifFin { get; init; }
}
