using System.Text.Json.Serialization;

namespace Hub.Connectors.Solis;

/// <summary>SOLIS's answer to a push: what it did to match the household (<c>rapprochement</c>).</summary>
internal sealed record AccuseReception
{
    [JsonPropertyName("idEntrant")]
    public required string IdEntrant { get; init; }

    [JsonPropertyName("recuLe")]
    public required DateTimeOffset RecuLe { get; init; }

    [JsonPropertyName("rapprochement")]
    public required string Rapprochement { get; init; }

    [JsonPropertyName("idDossier")]
    public string? IdDossier { get; init; }
}
