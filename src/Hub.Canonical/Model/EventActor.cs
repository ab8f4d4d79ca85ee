using System.Text.Json.Serialization;

namespace Hub.Canonical.Model;

/// <summary>Who did what a timeline event records.</summary>
public sealed record EventActor
{
    /// <summary>Name or function of the actor.</summary>
    [JsonPropertyName("display")]
    public string? Display { get; init; }

    /// <summary>Organisation of the actor.</summary>
    [JsonPropertyName("organisation")]
    public string? Organisation { get; init; }
}
