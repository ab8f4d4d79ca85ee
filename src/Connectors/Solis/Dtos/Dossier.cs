using System.Text.Json.Serialization;

namespace Hub.Connectors.Solis;

/// <summary>A social file (dossier social) of a household followed by the CD68. Codes stay strings: unknown values are kept and reported by mapping.</summary>
internal sealed record Dossier : SolisRecord
{
    [JsonPropertyName("numeroDossier")]
    public required string NumeroDossier { get; init; }

    [JsonPropertyName("statut")]
    public required string Statut { get; init; }

    [JsonPropertyName("dateOuverture")]
    public required DateOnly DateOuverture { get; init; }

    [JsonPropertyName("dateCloture")]
    public DateOnly? DateCloture { get; init; }

    [JsonPropertyName("territoire")]
    public required Territoire Territoire { get; init; }

    [JsonPropertyName("membres")]
    public required IReadOnlyList<MembreDossier> Membres { get; init; }

    [JsonPropertyName("adresse")]
    public Adresse? Adresse { get; init; }

    [JsonPropertyName("situationLogement")]
    public string? SituationLogement { get; init; }

    [JsonPropertyName("idReferentPrincipal")]
    public string? IdReferentPrincipal { get; init; }

    [JsonPropertyName("organismePayeur")]
    public OrganismePayeur? OrganismePayeur { get; init; }
}
