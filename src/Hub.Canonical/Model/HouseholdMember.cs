using System.Text.Json.Serialization;

namespace Hub.Canonical.Model;

/// <summary>A person in a household, with their role.</summary>
public sealed record HouseholdMember
{
    /// <summary>The member.</summary>
    [JsonPropertyName("person")]
    public required Reference Person { get; init; }

    /// <summary>Role, code system <see cref="CodeSystems.RoleMembreMenage"/>.</summary>
    [JsonPropertyName("role")]
    public Coding? Role { get; init; }

    /// <summary>When the person was a member.</summary>
    [JsonPropertyName("period")]
    public Period? Period { get; init; }
}
