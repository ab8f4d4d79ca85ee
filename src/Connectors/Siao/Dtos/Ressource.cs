using System.Text.Json.Serialization;

namespace Hub.Connectors.Siao;

internal sealed record Ressource
{
    [JsonPropertyName("idPersonne")]
    public string? IdPersonne { get; init; }

    [JsonPropertyName("type")]
    public required string Type { get; init; }

    [JsonPropertyName("montantMensuel")]
    public decimal? MontantMensuel { get; init; }

    [JsonPropertyName("enCoursOuverture")]
    public bool? EnCoursOuverture { get; init; }
}
