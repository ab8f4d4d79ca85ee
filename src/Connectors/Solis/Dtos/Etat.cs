using System.Text.Json.Serialization;

namespace Hub.Connectors.Solis;

internal sealed record Etat
{
    [JsonPropertyName("statut")]
    public required string Statut { get; init; }

    [JsonPropertyName("version")]
    public string? Version { get; init; }
}
