using System.Text.Json.Serialization;

namespace Hub.Connectors.Siao;

/// <summary>Accompaniment event pushed by the hub (<c>POST /v1/retours/accompagnements</c>).</summary>
internal sealed record RetourAccompagnement
{
    [JsonPropertyName("referenceHub")]
    public required string ReferenceHub { get; init; }

    [JsonPropertyName("idMenage")]
    public required string IdMenage { get; init; }

    [JsonPropertyName("idDemande")]
    public string? IdDemande { get; init; }

    /// <summary><c>DEBUT</c>, <c>MODIFICATION</c> or <c>FIN</c>.</summary>
    [JsonPropertyName("evenement")]
    public required string Evenement { get; init; }

    [JsonPropertyName("typeAccompagnement")]
    public required string TypeAccompagnement { get; init; }

    [JsonPropertyName("dateDebut")]
    public required DateOnly DateDebut { get; init; }

    [JsonPropertyName("dateFin")]
    public DateOnly? DateFin { get; init; }

    [JsonPropertyName("motifFin")]
    public string? MotifFin { get; init; }

    [JsonPropertyName("structure")]
    public required Structure Structure { get; init; }

    [JsonPropertyName("referent")]
    public ReferentProfessionnel? Referent { get; init; }

    [JsonPropertyName("horodatage")]
    public required DateTimeOffset Horodatage { get; init; }
}
