using System.Text.Json.Serialization;

namespace Hub.Canonical.Model;

/// <summary>A person's consent to share their data with named organisations for named purposes (RGPD).</summary>
public sealed record Consent() : Resource(TypeName)
{
    /// <summary>The <c>resourceType</c> of this resource.</summary>
    public const string TypeName = "Consent";

    /// <summary>The person who consents.</summary>
    [JsonPropertyName("person")]
    public required Reference Person { get; init; }

    /// <summary>Status of the consent.</summary>
    [JsonPropertyName("status")]
    public required ConsentStatus Status { get; init; }

    /// <summary>Organisations covered, code system <see cref="CodeSystems.OrganisationPartenaire"/>.</summary>
    [JsonPropertyName("organisations")]
    public required IReadOnlyList<Coding> Organisations { get; init; }

    /// <summary>Purposes covered, code system <see cref="CodeSystems.FinaliteConsentement"/>.</summary>
    [JsonPropertyName("purposes")]
    public required IReadOnlyList<Coding> Purposes { get; init; }

    /// <summary>Validity of the consent.</summary>
    [JsonPropertyName("period")]
    public Period? Period { get; init; }

    /// <summary>When the consent was given (recueilli).</summary>
    [JsonPropertyName("dateTime")]
    public FhirDateTime? DateTime { get; init; }

    /// <summary>When the consent was withdrawn.</summary>
    [JsonPropertyName("revokedAt")]
    public FhirDateTime? RevokedAt { get; init; }
}
