using System.Text.Json.Serialization;

namespace Hub.Canonical.Model;

/// <summary>A time range; no end means ongoing.</summary>
public sealed record Period
{
    /// <summary>Start, inclusive.</summary>
    [JsonPropertyName("start")]
    public FhirDateTime? Start { get; init; }

    /// <summary>End, inclusive.</summary>
    [JsonPropertyName("end")]
    public FhirDateTime? End { get; init; }
}
