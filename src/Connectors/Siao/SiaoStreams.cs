namespace Hub.Connectors.Siao;

/// <summary>The incremental lists of SI-SIAO and the record kinds they carry (what mapping dispatches on).</summary>
public static class SiaoStreams
{
    public const string Menages = "menages";
    public const string Demandes = "demandes";
    public const string Orientations = "orientations";
    public const string Mouvements = "mouvements";

    public const string MenageKind = "menage";
    public const string DemandeKind = "demande";
    public const string OrientationKind = "orientation";
    public const string MouvementKind = "mouvement";

    /// <summary>A person row of the CSV drop whose ménage row is not in the same drop.</summary>
    public const string PersonneKind = "personne";

    internal static CursorStreamDefinition<Menage, Suppression> MenagesDefinition { get; } = new(
        SiaoConnectorModule.ConnectorName, Menages, MenageKind, SiaoJsonContext.Default.Menage, SiaoJsonContext.Default.Suppression, SiaoContractChecks.Menage);

    internal static CursorStreamDefinition<Demande, Suppression> DemandesDefinition { get; } = new(
        SiaoConnectorModule.ConnectorName, Demandes, DemandeKind, SiaoJsonContext.Default.Demande, SiaoJsonContext.Default.Suppression);

    internal static CursorStreamDefinition<Orientation, Suppression> OrientationsDefinition { get; } = new(
        SiaoConnectorModule.ConnectorName, Orientations, OrientationKind, SiaoJsonContext.Default.Orientation, SiaoJsonContext.Default.Suppression);

    internal static CursorStreamDefinition<Mouvement, Suppression> MouvementsDefinition { get; } = new(
        SiaoConnectorModule.ConnectorName, Mouvements, MouvementKind, SiaoJsonContext.Default.Mouvement, SiaoJsonContext.Default.Suppression);
}
