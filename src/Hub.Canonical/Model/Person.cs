using System.Text.Json.Serialization;

namespace Hub.Canonical.Model;

/// <summary>A person (personne), with the INS strict identity traits.</summary>
public sealed record Person() : Resource(TypeName)
{
    /// <summary>The <c>resourceType</c> of this resource.</summary>
    public const string TypeName = "Person";

    /// <summary>Names (nom de naissance, nom d'usage, prénoms).</summary>
    [JsonPropertyName("name")]
    public PersonName? Name { get; init; }

    /// <summary>Date de naissance, possibly partial.</summary>
    [JsonPropertyName("birthDate")]
    public FhirDate? BirthDate { get; init; }

    /// <summary>Sexe, code system <see cref="CodeSystems.Sexe"/> (M, F, I).</summary>
    [JsonPropertyName("sex")]
    public Coding? Sex { get; init; }

    /// <summary>Lieu de naissance.</summary>
    [JsonPropertyName("birthPlace")]
    public BirthPlace? BirthPlace { get; init; }

    /// <summary>Identity confidence status (RNIV), code system <see cref="CodeSystems.StatutIdentite"/>.</summary>
    [JsonPropertyName("identityStatus")]
    public Coding? IdentityStatus { get; init; }
}
