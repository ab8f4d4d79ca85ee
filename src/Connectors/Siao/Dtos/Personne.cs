using System.Text.Json.Serialization;

namespace Hub.Connectors.Siao;

/// <summary>Declared identity traits of a person (never verified by SI-SIAO).</summary>
internal sealed record Personne
{
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    [JsonPropertyName("nom")]
    public string? Nom { get; init; }

    [JsonPropertyName("nomNaissance")]
    public string? NomNaissance { get; init; }

    [JsonPropertyName("nomUsage")]
    public string? NomUsage { get; init; }

    [JsonPropertyName("prenoms")]
    public required IReadOnlyList<string> Prenoms { get; init; }

    /// <summary>Partial date (<c>AAAA</c>, <c>AAAA-MM</c>, <c>AAAA-MM-JJ</c>), hence a string.</summary>
    [JsonPropertyName("dateNaissance")]
    public string? DateNaissance { get; init; }

    [JsonPropertyName("sexe")]
    public required string Sexe { get; init; }

    [JsonPropertyName("lieuNaissance")]
    public LieuNaissance? LieuNaissance { get; init; }

    [JsonPropertyName("nir")]
    public string? Nir { get; init; }

    [JsonPropertyName("nationalite")]
    public string? Nationalite { get; init; }
}
