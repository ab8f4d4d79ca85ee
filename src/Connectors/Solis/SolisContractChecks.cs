namespace Hub.Connectors.Solis;

/// <summary>Contract rules that required members alone do not enforce (<c>minItems</c>).</summary>
internal static class SolisContractChecks
{
    public static string? Dossier(Dossier dossier) =>
        dossier.Membres.Count == 0 ? "membres: at least one member required" : null;

    public static string? Individu(Individu individu) =>
        individu.Prenoms.Count == 0 ? "prenoms: at least one first name required" : null;
}
