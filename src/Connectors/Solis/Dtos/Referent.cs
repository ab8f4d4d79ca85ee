using System.Text.Json.Serialization;

namespace Hub.Connectors.Solis;

/// <summary>A social worker (a professional, never a person supported); <see cref="Actif"/> false when they left.</summary>
internal sealed record Referent : SolisRecord
{
    [JsonPropertyName("nom")]
    public required string Nom { get; init; }

    [JsonPropertyName("prenom")]
    public required string Prenom { get; init; }

    [JsonPropertyName("fonction")]
    public string? Fonction { get; init; }

    [JsonPropertyName("service")]
    public required string Service { get; init; }

    [JsonPropertyName("territoire")]
    public Territoire? Territoire { get; init; }

    [JsonPropertyName("courriel")]
    public string? Courriel { get; init; }

    [JsonPropertyName("telephone")]
    public string? Telephone { get; init; }

    [JsonPropertyName("actif")]
    public required bool Actif { get; init; }
}
