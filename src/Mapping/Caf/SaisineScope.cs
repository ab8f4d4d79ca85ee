namespace Hub.Mapping.Caf;

/// <summary>
/// What differs between the CAF and the CPAM on the shared saisine contract: the organisation code, the connector,
/// the rights it instructs (code tables), the identifier system of its saisine ids, and what the saisine carries.
/// </summary>
/// <param name="DemandeSystem">Identifier system of the organisation's <c>idSaisine</c> on RightsStatus.</param>
/// <param name="SendsCafNumbers">Only the CAF gets the allocataire number and the household composition (data minimisation).</param>
public sealed record SaisineScope(
    string Organisme,
    string Connector,
    string RightTable,
    string RightStatusTable,
    string EventTable,
    string DemandeSystem,
    bool SendsCafNumbers)
{
    /// <summary>Proposed in docs/connectors/README.md §5, not yet in systeme-identifiant.json.</summary>
    public const string CafDemandeSystem = "urn:lda-hub:id:caf:demande";

    public static SaisineScope Caf { get; } = new("CAF", "caf", "caf.droit", "caf.saisine-statut-droit", "caf.saisine-evenement", CafDemandeSystem, SendsCafNumbers: true);
}
