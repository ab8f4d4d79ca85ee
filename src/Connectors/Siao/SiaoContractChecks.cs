namespace Hub.Connectors.Siao;

/// <summary>Contract rules that required members alone do not enforce (<c>minItems</c>, one main applicant).</summary>
internal static class SiaoContractChecks
{
    public static string? Menage(Menage menage)
    {
        if (menage.Membres.Count == 0)
        {
            return "membres: at least one member required";
        }

        foreach (var membre in menage.Membres)
        {
            if (membre.Personne.Prenoms.Count == 0)
            {
                return "membres[].personne.prenoms: at least one first name required";
            }

            if (membre.Personne.LieuNaissance is { CodePays: null })
            {
                return "membres[].personne.lieuNaissance.codePays required";
            }

            if (string.IsNullOrWhiteSpace(membre.Personne.NomNaissance) && string.IsNullOrWhiteSpace(membre.Personne.Nom))
            {
                return "membres[].personne: nom required when nomNaissance is unknown";
            }
        }

        return null;
    }
}
