using System.Text.Json.Serialization;

namespace Hub.Connectors.Solis;

/// <summary>Identity traits of a person of a dossier; <see cref="IdentiteVerifiee"/> means checked on an ID document.</summary>
internal sealed record Individu : SolisRecord
{
    [JsonPropertyName("idDossier")]
    public string? IdDossier { get; init; }

    [JsonPropertyName("nomNaissance")]
    public string? NomNaissance { get; init; }

    [JsonPropertyName("nomUsage")]
    public string? NomUsage { get; init; }

    [JsonPropertyName("prenoms")]
    public required IReadOnlyList<string> Prenoms { get; init; }

    [JsonPropertyName("dateNaissance")]
    public string? DateNaissance { get; init; }

    [JsonPropertyName("sexe")]
    public required string Sexe { get; init; }

    [JsonPropertyName("lieuNaissance")]
    public LieuNaissance? LieuNaissance { get; init; }

    [JsonPropertyName("nir")]
    public string? Nir { get; init; }

    [JsonPropertyName("identiteVerifiee")]
    public bool? IdentiteVerifiee { get; init; }
}
