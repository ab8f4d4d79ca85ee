using System.Text.Json.Serialization;

namespace Hub.Connectors.Siao;

internal sealed record MembreMenage
{
    [JsonPropertyName("personne")]
    public required Personne Personne { get; init; }

    [JsonPropertyName("role")]
    public required string Role { get; init; }

    [JsonPropertyName("dateEntree")]
    public DateOnly? DateEntree { get; init; }

    [JsonPropertyName("dateSortie")]
    public DateOnly? DateSortie { get; init; }

    [JsonPropertyName("enfantPresent")]
    public string? EnfantPresent { get; init; }
}
