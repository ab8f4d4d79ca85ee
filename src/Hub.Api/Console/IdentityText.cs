using System.Text.Json.Nodes;

namespace Hub.Api.Console;

/// <summary>
/// The identity decisions in French: kinds, states, the matcher's traits, agreement levels, outcomes and rules
/// (the names <c>identity_decisions.evidence</c> keeps are the matcher's enum names, see src/Identity/Matching).
/// </summary>
public static class IdentityText
{
    public static string Kind(string kind) => kind switch
    {
        "auto-link" => "Liaison automatique",
        "review" => "Revue",
        "merge" => "Fusion",
        "split" => "Séparation",
        "reject" => "Rejet",
        "undo" => "Annulation",
        _ => kind,
    };

    public static string Status(string status) => status switch
    {
        "open" => "À examiner",
        "applied" => "Appliquée",
        "merged" => "Fusionnée",
        "rejected" => "Rejetée",
        "undone" => "Annulée",
        "split" => "Séparée",
        _ => status,
    };

    public static string Badge(string status) => status switch
    {
        "open" => "fr-badge--warning",
        "merged" or "applied" => "fr-badge--success",
        "rejected" => "fr-badge--info",
        _ => "fr-badge--new",
    };

    public static string Trait(string? trait) => trait switch
    {
        "SourceId" => "Identifiant de la source",
        "Nir" => "NIR / NIA",
        "Caf" => "Numéro d'allocataire CAF",
        "BirthName" => "Nom de naissance",
        "UsageName" => "Nom d'usage",
        "FirstNames" => "Prénoms",
        "BirthDate" => "Date de naissance",
        "Sex" => "Sexe",
        "BirthPlace" => "Lieu de naissance",
        "Address" => "Commune de résidence",
        _ => trait ?? "—",
    };

    public static string Agreement(string? agreement) => agreement switch
    {
        "Missing" => "Absent d'un côté",
        "Exact" => "Identique",
        "Strong" => "Presque identique (particule, nom composé)",
        "Similar" => "Proche (faute de frappe, même phonétique)",
        "Swapped" => "Inversé (prénoms, nom d'usage, jour et mois)",
        "Partial" => "Partiel (moins précis mais compatible)",
        "Close" => "Voisin (une composante diffère)",
        "Weak" => "Faible (année seule)",
        "Different" => "Différent",
        _ => agreement ?? "—",
    };

    public static string Outcome(string? outcome) => outcome switch
    {
        "NewPerson" => "Nouvelle personne",
        "Review" => "À examiner par un gestionnaire",
        "AutoLink" => "Liaison automatique",
        _ => outcome ?? "—",
    };

    public static string Rule(string? rule) => rule switch
    {
        "Score" => "Score pondéré (Fellegi–Sunter) comparé aux seuils",
        "SourceIdLinked" => "Identifiant de la source déjà lié",
        "SameNir" => "Même NIR, cohérent avec le sexe et l'année de naissance",
        "SameCafMember" => "Même allocataire CAF, même sexe, prénom compatible",
        "DifferentNir" => "Deux NIR valides différents",
        "DifferentGeneration" => "Années de naissance trop éloignées",
        "Twins" => "Même date de naissance, prénoms différents (jumeaux)",
        "NeedsReview" => "Score suffisant mais à vérifier (prénoms ou sexe discordants, peu de traits)",
        _ => rule ?? "—",
    };

    /// <summary>A weight or a score with two decimals and its sign, French separators: "+3,25".</summary>
    public static string Weight(double value) => value.ToString("+0.00;-0.00;0.00", Fr.Culture);

    /// <summary>The traits of a decision's evidence JSON (empty for a person's decision).</summary>
    public static IReadOnlyList<(string Trait, string Agreement, double Weight)> Traits(JsonNode? evidence) =>
        evidence?["traits"]?.AsArray().OfType<JsonNode>()
            .Select(t => (Trait(t["trait"]?.GetValue<string>()), Agreement(t["agreement"]?.GetValue<string>()), t["weight"]?.GetValue<double>() ?? 0))
            .ToList() ?? [];

    /// <summary>"DUPONT Camille" for a list; "(personne introuvable)" when gone.</summary>
    public static string ShortName(JsonNode? person)
    {
        if (person is null)
        {
            return "(personne introuvable)";
        }

        var name = person["name"];
        var family = name?["usageName"]?.GetValue<string>() ?? name?["birthName"]?.GetValue<string>() ?? "(sans nom)";
        var first = name?["firstNames"]?.AsArray().FirstOrDefault()?.GetValue<string>();
        return $"{family} {first}".Trim();
    }
}
