using System.Text.Json.Serialization;

namespace Hub.Connectors.Solis;

internal sealed record MembreDossier
{
    [JsonPropertyName("idIndividu")]
    public required string IdIndividu { get; init; }

    [JsonPropertyName("role")]
    public required string Role { get; init; }

    [JsonPropertyName("dateDebut")]
    public DateOnly? DateDebut { get; init; }

    [JsonPropertyName("dateFin")]
    public DateOnly? DateFin { get; init; }
}
