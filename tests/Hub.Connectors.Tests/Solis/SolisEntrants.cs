using Hub.Connectors.Solis;
using Hub.Simulators.Generation;

namespace Hub.Connectors.Tests.Solis;

/// <summary>Entrants as the hub would send them.</summary>
internal static class SolisEntrants
{
    public static OrientationLda Orientation(long dossier, string statut = "ORIENTEE") => new()
    {
        ReferenceHub = $"ori-test-{dossier}",
        IdDossier = HouseholdGenerator.DossierId(dossier),
        Statut = statut,
        DateDecision = new DateOnly(2026, 2, 27),
        StructureAccompagnement = new StructureAccompagnement { Nom = "Association Toit Ensemble (fictive)", Siret = "99900000000012" },
        MesuresDemandees = ["ASLL", "FSL_ACCES"],
        AidesPackInstallation = ["DEPOT_GARANTIE", "PREMIER_LOYER"],
        Consentement = new Consentement { Recueilli = true, Date = new DateOnly(2026, 2, 12), Modalite = "ECRIT" },
        Horodatage = new DateTimeOffset(2026, 2, 27, 16, 45, 0, TimeSpan.FromHours(1)),
    };

    /// <summary>A household SOLIS does not know: named by identity traits only, SOLIS must match it by hand.</summary>
    public static OrientationLda OrientationByIdentity() => Orientation(0) with
    {
        ReferenceHub = "ori-test-identite",
        IdDossier = null,
        Individus =
        [
            new IdentiteIndividu { Role = "DEMANDEUR", NomNaissance = "MOREL", Prenoms = ["Sandrine"], DateNaissance = "1986-04-12", Sexe = "F" },
        ],
    };

    public static EntreeLogement Entree(long dossier) => new()
    {
        ReferenceHub = $"log-test-{dossier}",
        IdDossier = HouseholdGenerator.DossierId(dossier),
        DateEntree = new DateOnly(2026, 3, 20),
        TypeBailleur = "PRIVE",
        ModeOccupation = "BAIL_DIRECT",
        Logement = new LogementEntree { CodePostal = "68200", CodeCommune = "68224", Typologie = "T3", LoyerMensuel = 520.0m, ChargesMensuelles = 80.0m },
        Horodatage = new DateTimeOffset(2026, 3, 20, 10, 12, 0, TimeSpan.FromHours(1)),
    };
}
