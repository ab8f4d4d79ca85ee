using System.Text.Json.Serialization;

namespace Hub.Connectors.Siao;

internal sealed record CouvertureMaladiePersonne
{
    [JsonPropertyName("idPersonne")]
    public required string IdPersonne { get; init; }

    [JsonPropertyName("couverture")]
    public required string Couverture { get; init; }
}
