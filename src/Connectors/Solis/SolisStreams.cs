using Hub.Connectors.Siao;

namespace Hub.Connectors.Solis;

/// <summary>The incremental lists of SOLIS and the record kinds they carry (what mapping dispatches on).</summary>
public static class SolisStreams
{
    public const string Dossiers = "dossiers";
    public const string Individus = "individus";
    public const string Mesures = "mesures";
    public const string Referents = "referents";

    public const string DossierKind = "dossier";
    public const string IndividuKind = "individu";
    public const string MesureKind = "mesure";
    public const string ReferentKind = "referent";

    internal static CursorStreamDefinition<Dossier, Suppression> DossiersDefinition { get; } = new(
        SolisConnectorModule.ConnectorName, Dossiers, DossierKind, SolisJsonContext.Default.Dossier, SolisJsonContext.Default.Suppression, SolisContractChecks.Dossier);

    internal static CursorStreamDefinition<Individu, Suppression> IndividusDefinition { get; } = new(
        SolisConnectorModule.ConnectorName, Individus, IndividuKind, SolisJsonContext.Default.Individu, SolisJsonContext.Default.Suppression, SolisContractChecks.Individu);

    internal static CursorStreamDefinition<Mesure, Suppression> MesuresDefinition { get; } = new(
        SolisConnectorModule.ConnectorName, Mesures, MesureKind, SolisJsonContext.Default.Mesure, SolisJsonContext.Default.Suppression);

    internal static CursorStreamDefinition<Referent, Suppression> ReferentsDefinition { get; } = new(
        SolisConnectorModule.ConnectorName, Referents, ReferentKind, SolisJsonContext.Default.Referent, SolisJsonContext.Default.Suppression);
}
