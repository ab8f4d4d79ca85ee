using System.Text.Json.Serialization;

namespace Hub.Connectors.Solis;

/// <summary>Metadata every element of a SOLIS incremental list carries (<c>Enregistrement</c> of the contract).</summary>
internal abstract record SolisRecord
{
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    [JsonPropertyName("version")]
    public required int Version { get; init; }

    [JsonPropertyName("modifieLe")]
    public required DateTimeOffset ModifieLe { get; init; }

    [JsonPropertyName("sequence")]
    public required long Sequence { get; init; }
}
