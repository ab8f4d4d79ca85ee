namespace Hub.Identity.Status;

/// <summary>
/// Identity confidence as the RNIV defines it (FR Core <c>fr-core-cs-identity-status</c>): how far the traits were
/// checked. Only a qualified identity may carry the INS (the NIR) to a partner.
/// </summary>
public enum IdentityStatus
{
    /// <summary>PROV: neither from INSi nor checked against an identity document.</summary>
    Provisional,

    /// <summary>VALI: checked against a high-trust identity document, not from INSi.</summary>
    Validated,

    /// <summary>RECUP: retrieved from INSi, not yet checked against a document.</summary>
    Retrieved,

    /// <summary>QUAL: retrieved from INSi and checked against a document.</summary>
    Qualified,
}
