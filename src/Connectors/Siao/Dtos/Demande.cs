using System.Text.Json.Serialization;

namespace Hub.Connectors.Siao;

/// <summary>A demande d'insertion or d'hébergement d'urgence, with the évaluation sociale, the préconisation and the consent.</summary>
internal sealed record Demande : SiaoRecord
{
    [JsonPropertyName("idMenage")]
    public required string IdMenage { get; init; }

    [JsonPropertyName("typeDemande")]
    public required string TypeDemande { get; init; }

    [JsonPropertyName("dateDemande")]
    public required DateOnly DateDemande { get; init; }

    [JsonPropertyName("statut")]
    public required string Statut { get; init; }

    [JsonPropertyName("dispositifsDemandes")]
    public IReadOnlyList<string>? DispositifsDemandes { get; init; }

    [JsonPropertyName("structurePrescriptrice")]
    public Structure? StructurePrescriptrice { get; init; }

    [JsonPropertyName("referentPrescripteur")]
    public ReferentProfessionnel? ReferentPrescripteur { get; init; }

    [JsonPropertyName("evaluationSociale")]
    public EvaluationSociale? EvaluationSociale { get; init; }

    [JsonPropertyName("preconisation")]
    public Preconisation? Preconisation { get; init; }

    [JsonPropertyName("consentement")]
    public Consentement? Consentement { get; init; }

    [JsonPropertyName("dateCloture")]
    public DateOnly? DateCloture { get; init; }

    [JsonPropertyName("motifCloture")]
    public string? MotifCloture { get; init; }
}
