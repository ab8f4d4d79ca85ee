using System.Text.Json.Serialization;

namespace Hub.Connectors.Siao;

/// <summary>An entry into (<c>ENTREE</c>) or exit from (<c>SORTIE</c>) a structure or dwelling.</summary>
internal sealed record Mouvement : SiaoRecord
{
    [JsonPropertyName("type")]
    public required string Type { get; init; }

    [JsonPropertyName("idMenage")]
    public required string IdMenage { get; init; }

    [JsonPropertyName("idOrientation")]
    public string? IdOrientation { get; init; }

    [JsonPropertyName("idPersonnes")]
    public IReadOnlyList<string>? IdPersonnes { get; init; }

    [JsonPropertyName("dateMouvement")]
    public required DateOnly DateMouvement { get; init; }

    [JsonPropertyName("structure")]
    public required Structure Structure { get; init; }

    [JsonPropertyName("dispositif")]
    public required string Dispositif { get; init; }

    [JsonPropertyName("motifSortie")]
    public string? MotifSortie { get; init; }
}
