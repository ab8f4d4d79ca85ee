using System.Text.Json.Serialization;

namespace Hub.Connectors.Siao;

/// <summary>A professional (never a person supported); professional contact data only.</summary>
internal sealed record ReferentProfessionnel
{
    [JsonPropertyName("nom")]
    public required string Nom { get; init; }

    [JsonPropertyName("prenom")]
    public string? Prenom { get; init; }

    [JsonPropertyName("fonction")]
    public string? Fonction { get; init; }

    [JsonPropertyName("courriel")]
    public string? Courriel { get; init; }

    [JsonPropertyName("telephone")]
    public string? Telephone { get; init; }
}
