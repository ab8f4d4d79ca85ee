using System.Text.Json.Serialization;

namespace Hub.Connectors.Siao;

/// <summary>
/// A row of the CSV drop's <c>personnes.csv</c>: a person with their place in a ménage. The API nests persons in
/// their ménage; a CSV delta may carry a changed person without its ménage row, so the person travels alone.
/// </summary>
internal sealed record PersonneMenage
{
    [JsonPropertyName("idMenage")]
    public required string IdMenage { get; init; }

    [JsonPropertyName("membre")]
    public required MembreMenage Membre { get; init; }

    [JsonPropertyName("ressources")]
    public IReadOnlyList<Ressource>? Ressources { get; init; }

    [JsonPropertyName("couvertureMaladie")]
    public string? CouvertureMaladie { get; init; }

    [JsonPropertyName("modifieLe")]
    public required DateTimeOffset ModifieLe { get; init; }
}
