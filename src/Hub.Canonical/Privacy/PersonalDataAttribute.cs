using Microsoft.Extensions.Compliance.Classification;

namespace Hub.Canonical.Privacy;

/// <summary>Marks a logged value as <see cref="HubTaxonomy.PersonalData"/> (erased in logs).</summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property | AttributeTargets.Field)]
public sealed class PersonalDataAttribute() : DataClassificationAttribute(HubTaxonomy.PersonalData);
