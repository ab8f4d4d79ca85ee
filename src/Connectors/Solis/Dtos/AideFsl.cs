using System.Text.Json.Serialization;

namespace Hub.Connectors.Solis;

internal sealed record AideFsl
{
    [JsonPropertyName("objet")]
    public required string Objet { get; init; }

    [JsonPropertyName("forme")]
    public required string Forme { get; init; }

    [JsonPropertyName("montantAccorde")]
    public decimal? MontantAccorde { get; init; }
}
