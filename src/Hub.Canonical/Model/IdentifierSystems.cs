namespace Hub.Canonical.Model;

/// <summary>
/// Namespaces of <see cref="Identifier.System"/>. The list, with labels and value formats, is
/// <c>schemas/codes/systeme-identifiant.json</c>; a test keeps both equal.
/// </summary>
public static class IdentifierSystems
{
    /// <summary>Id assigned by the hub.</summary>
    public const string Hub = "urn:lda-hub:id:hub";

    /// <summary>SI-SIAO person id.</summary>
    public const string SiaoPersonne = "urn:lda-hub:id:siao:personne";

    /// <summary>SI-SIAO household (ménage) id.</summary>
    public const string SiaoMenage = "urn:lda-hub:id:siao:menage";

    /// <summary>SI-SIAO request (demande) number.</summary>
    public const string SiaoDemande = "urn:lda-hub:id:siao:demande";

    /// <summary>SI-SIAO structure id.</summary>
    public const string SiaoStructure = "urn:lda-hub:id:siao:structure";

    /// <summary>SOLIS individual (individu) id.</summary>
    public const string SolisIndividu = "urn:lda-hub:id:solis:individu";

    /// <summary>SOLIS file (dossier) number.</summary>
    public const string SolisDossier = "urn:lda-hub:id:solis:dossier";

    /// <summary>SOLIS support measure (mesure) id.</summary>
    public const string SolisMesure = "urn:lda-hub:id:solis:mesure";

    /// <summary>CAF beneficiary number, value <c>&lt;organisme&gt;-&lt;numéro&gt;</c> (e.g. <c>681-1234567</c>): unique only within one CAF.</summary>
    public const string CafAllocataire = "urn:lda-hub:id:caf:allocataire";

    /// <summary>Reference of a rights-opening request sent to the CPAM.</summary>
    public const string CpamDemande = "urn:lda-hub:id:cpam:demande";

    /// <summary>RPLS number of a social housing unit.</summary>
    public const string Rpls = "urn:lda-hub:id:rpls";

    /// <summary>A professional's account at the identity provider (the token's <c>sub</c>), e.g. a référent.</summary>
    public const string Agent = "urn:lda-hub:id:agent";

    /// <summary>NIR, as INS matricule (15 characters with the key).</summary>
    public const string Nir = "urn:oid:1.2.250.1.213.1.4.8";

    /// <summary>NIA, as INS matricule.</summary>
    public const string Nia = "urn:oid:1.2.250.1.213.1.4.9";

    /// <summary>Test NIR (synthetic identities).</summary>
    public const string NirTest = "urn:oid:1.2.250.1.213.1.4.10";

    /// <summary>Test NIA (synthetic identities).</summary>
    public const string NiaTest = "urn:oid:1.2.250.1.213.1.4.11";
}
