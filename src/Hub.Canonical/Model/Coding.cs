using System.Text.Json.Serialization;

namespace Hub.Canonical.Model;

/// <summary>A code from a code system; see <see cref="CodeSystems"/>.</summary>
public sealed record Coding
{
    /// <summary>The code system URI.</summary>
    [JsonPropertyName("system")]
    public required string System { get; init; }

    /// <summary>The code.</summary>
    [JsonPropertyName("code")]
    public required string Code { get; init; }

    /// <summary>Label, in French.</summary>
    [JsonPropertyName("display")]
    public string? Display { get; init; }
}
