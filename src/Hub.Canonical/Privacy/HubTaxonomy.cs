using Microsoft.Extensions.Compliance.Classification;

namespace Hub.Canonical.Privacy;

/// <summary>
/// The hub's data classification taxonomy. Logging redacts each class with its own redactor (Hub.Api,
/// <c>AddHubLogRedaction</c>), so a value marked here never reaches a log sink in clear.
/// </summary>
public static class HubTaxonomy
{
    public const string Name = "LdaHub";

    /// <summary>
    /// Directly identifying data about a person: names, NIR/NIA, birth date, address, phone, e-mail. Erased in logs:
    /// nothing of it is needed to operate the hub.
    /// </summary>
    public static DataClassification PersonalData { get; } = new(Name, nameof(PersonalData));

    /// <summary>
    /// Identifiers that name a record, not a person, outside the partner that issued them (SI-SIAO or SOLIS ids,
    /// hub ids). Logged as a keyed HMAC: lines about the same record correlate, the value itself stays out.
    /// </summary>
    public static DataClassification PseudonymousId { get; } = new(Name, nameof(PseudonymousId));
}
