using Hub.Connectors.Siao;
using Hub.Simulators.Generation;
using Structure = Hub.Connectors.Siao.Structure;

namespace Hub.Connectors.Tests.Siao;

/// <summary>Retours as the hub would send them, for households the simulator knows.</summary>
internal static class SiaoRetours
{
    public static RetourAccompagnement Accompagnement(long household = 0, string evenement = "DEBUT") => new()
    {
        ReferenceHub = $"acc-test-{household}",
        IdMenage = HouseholdGenerator.MenageId(household),
        Evenement = evenement,
        TypeAccompagnement = "LDA",
        DateDebut = new DateOnly(2026, 3, 9),
        Structure = new Structure { IdStructure = "S-0107", Nom = "Association Toit Ensemble (fictive)" },
        Referent = new ReferentProfessionnel { Nom = "FISCHER", Prenom = "Marc", Fonction = "Travailleur social LDA" },
        Horodatage = new DateTimeOffset(2026, 3, 9, 14, 2, 11, TimeSpan.FromHours(1)),
    };

    public static RetourLogement Logement(long household = 0) => new()
    {
        ReferenceHub = $"log-test-{household}",
        IdMenage = HouseholdGenerator.MenageId(household),
        Evenement = "ENTREE",
        DateEntree = new DateOnly(2026, 3, 20),
        TypeBailleur = "PRIVE",
        Logement = new LogementRetour { CodeCommune = "68224", CodePostal = "68200", Typologie = "T3" },
        Horodatage = new DateTimeOffset(2026, 3, 20, 10, 12, 0, TimeSpan.FromHours(1)),
    };
}
