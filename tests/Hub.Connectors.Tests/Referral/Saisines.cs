using Hub.Connectors.Referral.Dtos;

namespace Hub.Connectors.Tests.Referral;

/// <summary>The contract's example saisines (fictitious people), as DTOs.</summary>
internal static class Saisines
{
    public static Saisine Caf(string reference = "sai-2b7e91c4-6d3f-4a85-b0e2-5f1c8a7d3e96") => new()
    {
        ReferenceHub = reference,
        OrganismeDestinataire = "CAF",
        ReferentDestinataire = new ReferentDestinataire("WEBER", null, "Service partenaires (fictif)"),
        Personne = new PersonneSaisine
        {
            NomNaissance = "MOREL",
            NomUsage = "KELLER",
            Prenoms = ["Sandrine", "Claire"],
            DateNaissance = "1986-04-12",
            Sexe = "F",
            LieuNaissance = new LieuNaissance("99100", "68224", "Mulhouse"),
            StatutIdentite = "VALI",
            Adresse = new AdresseSaisine("68100", "68224", "CCAS – 2 place de la Concorde (fictif)", null, "Mulhouse", true),
        },
        CompositionMenage = new CompositionMenage("SEUL", 1, 1),
        DroitsDemandes = ["AIDE_LOGEMENT", "ASF", "QF"],
        ReferentDemandeur = new ReferentDemandeur("FISCHER", "Marc", new StructureDemandeur("Association Toit Ensemble (fictive)", "99900000000012"), "m.fischer@toit-ensemble.example", "Travailleur social LDA"),
        PiecesManquantes = ["BAIL", "JUGEMENT_GARDE_PENSION"],
        Urgence = new Urgence("URGENTE", "ENTREE_LOGEMENT_IMMINENTE", new DateOnly(2026, 3, 20)),
        Contexte = new ContexteSaisine("LOGEMENT_D_ABORD", new DateOnly(2026, 3, 20)),
        Consentement = new ConsentementSaisine(true, new DateOnly(2026, 2, 12), "ECRIT"),
        EmiseLe = new DateTimeOffset(2026, 3, 4, 9, 45, 0, TimeSpan.FromHours(1)),
    };

    public static Saisine Cpam(string reference = "sai-8d41f0a2-3c7b-4e19-a6d5-0b9e2f4c7a18") => new()
    {
        ReferenceHub = reference,
        OrganismeDestinataire = "CPAM",
        ReferentDestinataire = new ReferentDestinataire("KLEIN", null, "Mission accompagnement santé (fictif)"),
        Personne = new PersonneSaisine
        {
            NomNaissance = "BENALI",
            Prenoms = ["Yanis"],
            DateNaissance = "1979-12",
            Sexe = "M",
            LieuNaissance = new LieuNaissance("99352"),
            Nir = "1791299352011",
            StatutIdentite = "PROV",
            Adresse = new AdresseSaisine("68200", "68224", LibelleCommune: "Mulhouse"),
        },
        DroitsDemandes = ["PUMA", "C2S"],
        ReferentDemandeur = new ReferentDemandeur("GASSER", "Élodie", new StructureDemandeur("Conseil départemental du Haut-Rhin"), "e.gasser@cd68.example"),
        PiecesManquantes = ["AVIS_IMPOSITION"],
        Urgence = new Urgence("PRIORITAIRE", "RUPTURE_DE_DROITS"),
        Consentement = new ConsentementSaisine(true, new DateOnly(2026, 3, 1), "ORAL_TRACE"),
        EmiseLe = new DateTimeOffset(2026, 3, 4, 10, 2, 0, TimeSpan.FromHours(1)),
    };
}
