using System.Text.Json.Serialization;

namespace Hub.Connectors.Siao;

/// <summary>A ménage (fiche groupe, or an isolated fiche personne) with its members. Codes stay strings: an unknown value is kept and reported by mapping.</summary>
internal sealed record Menage : SiaoRecord
{
    [JsonPropertyName("typeFiche")]
    public required string TypeFiche { get; init; }

    [JsonPropertyName("composition")]
    public required string Composition { get; init; }

    [JsonPropertyName("membres")]
    public required IReadOnlyList<MembreMenage> Membres { get; init; }

    [JsonPropertyName("adresse")]
    public Adresse? Adresse { get; init; }

    [JsonPropertyName("animaux")]
    public bool? Animaux { get; init; }
}
