using System.Text.Json.Serialization;

namespace Hub.Canonical.Model;

/// <summary>An amount of money.</summary>
public sealed record Money
{
    /// <summary>Amount.</summary>
    [JsonPropertyName("value")]
    public required decimal Value { get; init; }

    /// <summary>ISO 4217 code (EUR).</summary>
    [JsonPropertyName("currency")]
    public required string Currency { get; init; }
}
