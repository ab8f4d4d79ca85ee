using System.Text.Json.Serialization;

namespace Hub.Connectors.Siao;

internal sealed record AccuseReception
{
    [JsonPropertyName("idRetour")]
    public required string IdRetour { get; init; }

    [JsonPropertyName("recuLe")]
    public required DateTimeOffset RecuLe { get; init; }
}
