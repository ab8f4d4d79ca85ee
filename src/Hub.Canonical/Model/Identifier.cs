using System.Text.Json.Serialization;

namespace Hub.Canonical.Model;

/// <summary>A business identifier in a namespace; see <see cref="IdentifierSystems"/>.</summary>
public sealed record Identifier
{
    /// <summary>Namespace of the value (a URI).</summary>
    [JsonPropertyName("system")]
    public required string System { get; init; }

    /// <summary>The identifier itself.</summary>
    [JsonPropertyName("value")]
    public required string Value { get; init; }

    /// <summary>When the identifier was or is valid.</summary>
    [JsonPropertyName("period")]
    public Period? Period { get; init; }

    /// <summary>Organisation that issued the identifier (a display is enough).</summary>
    [JsonPropertyName("assigner")]
    public Reference? Assigner { get; init; }
}
