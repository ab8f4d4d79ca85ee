using System.Text.Json.Serialization;

namespace Hub.Canonical.Model;

/// <summary>Names of a person as the INS carries them.</summary>
public sealed record PersonName
{
    /// <summary>Nom de naissance.</summary>
    [JsonPropertyName("birthName")]
    public string? BirthName { get; init; }

    /// <summary>Nom d'usage.</summary>
    [JsonPropertyName("usageName")]
    public string? UsageName { get; init; }

    /// <summary>Prénoms de naissance in civil-registry order; the first is the INS first given name.</summary>
    [JsonPropertyName("firstNames")]
    public IReadOnlyList<string>? FirstNames { get; init; }

    /// <summary>Prénom utilisé, when it differs from the first birth first name.</summary>
    [JsonPropertyName("usedFirstName")]
    public string? UsedFirstName { get; init; }
}
