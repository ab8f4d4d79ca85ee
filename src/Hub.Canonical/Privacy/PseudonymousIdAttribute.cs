using Microsoft.Extensions.Compliance.Classification;

namespace Hub.Canonical.Privacy;

/// <summary>Marks a logged value as <see cref="HubTaxonomy.PseudonymousId"/> (an HMAC in logs).</summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property | AttributeTargets.Field)]
public sealed class PseudonymousIdAttribute() : DataClassificationAttribute(HubTaxonomy.PseudonymousId);
