using System.Text.Json.Serialization;

namespace Hub.Connectors.Siao;

/// <summary>Structured social assessment (no free text by contract).</summary>
internal sealed record EvaluationSociale
{
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    [JsonPropertyName("dateEvaluation")]
    public required DateOnly DateEvaluation { get; init; }

    [JsonPropertyName("situationLogement")]
    public required string SituationLogement { get; init; }

    [JsonPropertyName("dateDebutSituation")]
    public DateOnly? DateDebutSituation { get; init; }

    [JsonPropertyName("motifsDemande")]
    public IReadOnlyList<string>? MotifsDemande { get; init; }

    [JsonPropertyName("ressources")]
    public IReadOnlyList<Ressource>? Ressources { get; init; }

    [JsonPropertyName("dettesLocatives")]
    public bool? DettesLocatives { get; init; }

    [JsonPropertyName("procedureExpulsion")]
    public string? ProcedureExpulsion { get; init; }

    [JsonPropertyName("couvertureMaladie")]
    public IReadOnlyList<CouvertureMaladiePersonne>? CouvertureMaladie { get; init; }

    [JsonPropertyName("prerequisLDA")]
    public bool? PrerequisLda { get; init; }

    [JsonPropertyName("structureEvaluatrice")]
    public Structure? StructureEvaluatrice { get; init; }

    [JsonPropertyName("referentEvaluateur")]
    public ReferentProfessionnel? ReferentEvaluateur { get; init; }
}
