namespace Hub.Mapping.Siao;

/// <summary>
/// Identifier systems the connector guides use beyond <see cref="Hub.Canonical.Model.IdentifierSystems"/>: proposed
/// additions to <c>schemas/codes/systeme-identifiant.json</c> (docs/connectors/README.md §5).
/// </summary>
public static class SiaoIdentifierSystems
{
    /// <summary>An SI-SIAO orientation (several per demande). Proposed in the connector guides.</summary>
    public const string Orientation = "urn:lda-hub:id:siao:orientation";

    /// <summary>An SI-SIAO entry or exit (mouvement), for a stay with no orientation id.</summary>
    public const string Mouvement = "urn:lda-hub:id:siao:mouvement";

    /// <summary>Timeline events derived from SI-SIAO records: <c>{record kind}/{record id}/{event type}</c>, stable across re-reads.</summary>
    public const string Evenement = "urn:lda-hub:id:siao:evenement";

    /// <summary>SOLIS timeline events, same form.</summary>
    public const string SolisEvenement = "urn:lda-hub:id:solis:evenement";

    /// <summary>SIRET of a structure (14 digits).</summary>
    public const string Siret = "urn:lda-hub:id:siret";
}
