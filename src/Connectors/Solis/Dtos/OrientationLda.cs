using System.Text.Json.Serialization;

namespace Hub.Connectors.Solis;

/// <summary>Housing First orientation decided (or cancelled, same <see cref="ReferenceHub"/>) pushed to SOLIS.</summary>
internal sealed record OrientationLda
{
    [JsonPropertyName("referenceHub")]
    public required string ReferenceHub { get; init; }

    [JsonPropertyName("idDossier")]
    public string? IdDossier { get; init; }

    [JsonPropertyName("individus")]
    public IReadOnlyList<IdentiteIndividu>? Individus { get; init; }

    [JsonPropertyName("idMenageSiao")]
    public string? IdMenageSiao { get; init; }

    [JsonPropertyName("idDemandeSiao")]
    public string? IdDemandeSiao { get; init; }

    [JsonPropertyName("statut")]
    public required string Statut { get; init; }

    [JsonPropertyName("dateDemande")]
    public DateOnly? DateDemande { get; init; }

    [JsonPropertyName("dateCommission")]
    public DateOnly? DateCommission { get; init; }

    [JsonPropertyName("dateDecision")]
    public required DateOnly DateDecision { get; init; }

    [JsonPropertyName("structureAccompagnement")]
    public required StructureAccompagnement StructureAccompagnement { get; init; }

    [JsonPropertyName("referentAccompagnement")]
    public ReferentProfessionnel? ReferentAccompagnement { get; init; }

    [JsonPropertyName("mesuresDemandees")]
    public IReadOnlyList<string>? MesuresDemandees { get; init; }

    [JsonPropertyName("aidesPackInstallation")]
    public IReadOnlyList<string>? AidesPackInstallation { get; init; }

    [JsonPropertyName("consentement")]
    public required Consentement Consentement { get; init; }

    [JsonPropertyName("horodatage")]
    public required DateTimeOffset Horodatage { get; init; }
}
