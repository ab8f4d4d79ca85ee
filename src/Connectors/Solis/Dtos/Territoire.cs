using System.Text.Json.Serialization;

namespace Hub.Connectors.Solis;

/// <summary>A CD68 social-action territory (espace solidarité).</summary>
internal sealed record Territoire
{
    [JsonPropertyName("code")]
    public required string Code { get; init; }

    [JsonPropertyName("libelle")]
    public required string Libelle { get; init; }
}
