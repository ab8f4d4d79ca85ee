using System.Text.Json.Serialization;

namespace Hub.Connectors.Solis;

/// <summary>Identity traits sent so that SOLIS can match a household the hub has no dossier number for.</summary>
internal sealed record IdentiteIndividu
{
    [JsonPropertyName("role")]
    public required string Role { get; init; }

    [JsonPropertyName("idIndividu")]
    public string? IdIndividu { get; init; }

    [JsonPropertyName("nomNaissance")]
    public string? NomNaissance { get; init; }

    [JsonPropertyName("nomUsage")]
    public string? NomUsage { get; init; }

    [JsonPropertyName("prenoms")]
    public required IReadOnlyList<string> Prenoms { get; init; }

    [JsonPropertyName("dateNaissance")]
    public required string DateNaissance { get; init; }

    [JsonPropertyName("sexe")]
    public required string Sexe { get; init; }

    [JsonPropertyName("lieuNaissance")]
    public LieuNaissanceIdentite? LieuNaissance { get; init; }

    [JsonPropertyName("nir")]
    public string? Nir { get; init; }

    [JsonPropertyName("numeroAllocataire")]
    public string? NumeroAllocataire { get; init; }
}
