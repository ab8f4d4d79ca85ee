namespace Hub.Identity.Status;

/// <summary>The RNIV rules the hub applies to identity statuses.</summary>
public static class IdentityStatusRules
{
    /// <summary>The status from the two checks: INSi retrieval and an identity document.</summary>
    public static IdentityStatus From(bool retrievedFromInsi, bool checkedAgainstDocument) => (retrievedFromInsi, checkedAgainstDocument) switch
    {
        (true, true) => IdentityStatus.Qualified,
        (true, false) => IdentityStatus.Retrieved,
        (false, true) => IdentityStatus.Validated,
        _ => IdentityStatus.Provisional,
    };

    /// <summary>
    /// The status of a canonical <c>Person.identityStatus</c> code (schemas/codes/statut-identite.json); no code, or one
    /// the RNIV does not define, is provisional: nothing was checked.
    /// </summary>
    public static IdentityStatus FromCode(string? code) => code switch
    {
        "QUAL" => IdentityStatus.Qualified,
        "RECUP" => IdentityStatus.Retrieved,
        "VALI" => IdentityStatus.Validated,
        _ => IdentityStatus.Provisional,
    };

    /// <summary>
    /// The NIR (matricule INS) may be sent to a partner only for a qualified identity; any other status keeps it in the
    /// hub, where it still serves matching.
    /// </summary>
    public static bool MayShareNir(IdentityStatus status) => status == IdentityStatus.Qualified;

    /// <summary>
    /// The status of a merged person: the strongest of its records, except that merging records whose strict traits
    /// disagree (the merge was a judgement, not a proof) leaves the identity provisional until checked again.
    /// </summary>
    public static IdentityStatus AfterMerge(IdentityStatus first, IdentityStatus second, bool strictTraitsAgree) =>
        strictTraitsAgree ? (IdentityStatus)Math.Max((int)first, (int)second) : IdentityStatus.Provisional;
}
