using System.Text.Json.Serialization;

namespace Hub.Connectors.Siao;

/// <summary>Metadata every element of an SI-SIAO incremental list carries (<c>Enregistrement</c> of the contract).</summary>
internal abstract record SiaoRecord
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
