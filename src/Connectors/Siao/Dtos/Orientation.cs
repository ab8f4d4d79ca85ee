using System.Text.Json.Serialization;

namespace Hub.Connectors.Siao;

/// <summary>An orientation proposal and its decision, with the entry it led to.</summary>
internal sealed record Orientation : SiaoRecord
{
    [JsonPropertyName("idDemande")]
    public required string IdDemande { get; init; }

    [JsonPropertyName("idMenage")]
    public required string IdMenage { get; init; }

    [JsonPropertyName("dateDemande")]
    public required DateOnly DateDemande { get; init; }

    [JsonPropertyName("dateOrientation")]
    public required DateOnly DateOrientation { get; init; }

    [JsonPropertyName("dateDecision")]
    public DateOnly? DateDecision { get; init; }

    [JsonPropertyName("dateEntree")]
    public DateOnly? DateEntree { get; init; }

    [JsonPropertyName("statut")]
    public required string Statut { get; init; }

    [JsonPropertyName("motifRefus")]
    public string? MotifRefus { get; init; }

    [JsonPropertyName("dispositif")]
    public required string Dispositif { get; init; }

    [JsonPropertyName("logementDAbord")]
    public bool? LogementDAbord { get; init; }

    [JsonPropertyName("structure")]
    public Structure? Structure { get; init; }
}
