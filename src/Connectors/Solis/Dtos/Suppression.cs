using System.Text.Json.Serialization;

namespace Hub.Connectors.Solis;

/// <summary>A deleted record, or a duplicate merged into <see cref="FusionneDans"/>.</summary>
internal sealed record Suppression : SolisRecord
{
    [JsonPropertyName("supprime")]
    public required bool Supprime { get; init; }

    [JsonPropertyName("fusionneDans")]
    public string? FusionneDans { get; init; }
}
