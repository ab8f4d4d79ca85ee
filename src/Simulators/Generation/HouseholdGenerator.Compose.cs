using System.Globalization;

namespace Hub.Simulators.Generation;

public sealed partial class HouseholdGenerator
{
    private static readonly WeightedTable<string> FinalDispositifs = new(
    [
        ("LOGEMENT_D_ABORD", 25), ("INTERMEDIATION_LOCATIVE", 14), ("HEBERGEMENT_INSERTION", 20), ("RESIDENCE_SOCIALE", 8),
        ("PENSION_DE_FAMILLE", 7), ("LOGEMENT_ORDINAIRE", 10), ("HEBERGEMENT_STABILISATION", 6), ("ALT", 4), ("HEBERGEMENT_URGENCE", 6),
    ]);

    private static readonly WeightedTable<string> Situations = new(
    [
        ("RUE", 12), ("SQUAT_CAMPEMENT", 3), ("ERRANCE_RESIDENTIELLE", 5), ("HEBERGE_TIERS", 20), ("HEBERGE_FAMILLE", 10),
        ("HOTEL_115", 8), ("HEBERGEMENT_URGENCE", 10), ("HEBERGEMENT_INSERTION", 6), ("DISPOSITIF_ASILE", 4),
        ("LOCATAIRE_PARC_PRIVE", 8), ("LOCATAIRE_PARC_SOCIAL", 5), ("DOMICILE_CONJUGAL", 3), ("ETABLISSEMENT_SANTE", 2),
        ("DETENTION", 2), ("PRISE_EN_CHARGE_ASE", 1), ("AUTRE", 1),
    ]);

    private static readonly string[] RefusedStatuses = ["REFUSEE_STRUCTURE", "REFUSEE_MENAGE", "SANS_SUITE", "ANNULEE"];

    private static readonly string[] RefusalReasons =
        ["PLACE_INDISPONIBLE", "PROFIL_INADAPTE", "COMPOSITION_INADAPTEE", "RESSOURCES_INSUFFISANTES", "REFUS_MENAGE", "MENAGE_INJOIGNABLE", "AUTRE"];

    private static readonly string[] ExitReasons =
        ["LOGEMENT_PARC_SOCIAL", "LOGEMENT_PARC_PRIVE", "INTERMEDIATION_LOCATIVE", "LOGEMENT_ADAPTE", "HEBERGE_TIERS_FAMILLE", "FIN_PRISE_EN_CHARGE", "DEPART_VOLONTAIRE", "INCONNU"];

    private SyntheticHousehold Compose(long index, bool solisOnly, HouseholdShape shape, ref Rng rng)
    {
        var members = MakeMembers(ref rng, index, shape);
        var commune = _data.Residences.Pick(ref rng);
        var postal = commune.Code == "68224" ? (rng.Chance(0.5) ? "68100" : "68200") : commune.PostalCode;
        var domiciliation = rng.Chance(0.35);
        var address = domiciliation
            ? (rng.Chance(0.6) ? "CCAS - domiciliation, 2 place de la Concorde (fictif)" : "Association Le Relais - domiciliation (fictive)")
            : string.Create(CultureInfo.InvariantCulture, $"{rng.Between(1, 140)} {rng.Pick(Catalog.Streets)}");
        if (domiciliation)
        {
            commune = _data.Mulhouse;
            postal = "68100";
        }

        var incomes = MakeIncomes(ref rng, members, shape);
        var demande = MakeDemande(ref rng, shape, members);
        var orientations = MakeOrientations(ref rng, shape, demande);
        if (orientations.Count > 0 && orientations[^1].ExitDate is { } exitDate)
        {
            demande = demande with { ClosedOn = exitDate };
        }
        var household = new SyntheticHousehold
        {
            Index = index,
            SolisOnly = solisOnly,
            Composition = shape.Composition,
            Members = members,
            Commune = commune,
            PostalCode = postal,
            AddressLine = rng.Chance(0.85) ? address : null,
            Domiciliation = domiciliation,
            Animals = rng.Chance(0.08),
            Incomes = incomes,
            Demande = demande,
            Orientations = solisOnly ? [] : orientations,
        };
        var dossier = solisOnly ? index - PersonKey.SolisOnlyOffset : index;
        var inSolis = solisOnly || SharedWithSolis(index);
        return household with
        {
            Solis = inSolis ? MakeSolisFile(household, dossier) : null,
            Benefits = MakeBenefits(household),
        };
    }

    private static List<Income> MakeIncomes(ref Rng rng, List<SyntheticPerson> members, HouseholdShape shape)
    {
        var incomes = new List<Income>();
        var adults = members.Where(m => m.Role != HouseholdRole.Child).ToList();
        var couple = shape.Composition.StartsWith("COUPLE", StringComparison.Ordinal);
        for (var i = 0; i < adults.Count; i++)
        {
            var person = adults[i];
            var age = person.BirthDate.Year;
            var draw = rng.NextDouble();
            if (couple && i == 1 && incomes.Any(x => x.Type == "RSA"))
            {
                continue; // the RSA of a couple is paid once, to the applicant
            }

            var member = members.IndexOf(person);
            if (person.BirthPlace.CountryCode != "99100" && draw < 0.12)
            {
                incomes.Add(new Income(member, "ADA", 204.00m, false));
            }
            else if (draw < 0.45)
            {
                incomes.Add(new Income(member, "RSA", couple ? 969.78m : 646.52m, rng.Chance(0.1)));
            }
            else if (draw < 0.60)
            {
                var salary = Math.Round((decimal)(600 + (rng.NextDouble() * 1000)), 2);
                incomes.Add(new Income(member, "SALAIRE", salary, false));
                if (salary < 1400 && rng.Chance(0.6))
                {
                    incomes.Add(new Income(member, "PRIME_ACTIVITE", Math.Round((decimal)(80 + (rng.NextDouble() * 180)), 2), rng.Chance(0.1)));
                }
            }
            else if (draw < 0.70)
            {
                incomes.Add(new Income(member, "ALLOCATIONS_CHOMAGE", Math.Round((decimal)(700 + (rng.NextDouble() * 500)), 2), false));
            }
            else if (draw < 0.78)
            {
                incomes.Add(new Income(member, "AAH", 1016.05m, rng.Chance(0.1)));
            }
            else if (draw < 0.82 && age <= 1960)
            {
                incomes.Add(new Income(member, "RETRAITE", Math.Round((decimal)(700 + (rng.NextDouble() * 600)), 2), false));
            }
            else if (draw < 0.86 && person.BirthDate.Year >= 2000)
            {
                incomes.Add(new Income(member, "CONTRAT_ENGAGEMENT_JEUNE", 528.00m, false));
            }
            else
            {
                incomes.Add(new Income(member, "AUCUNE", 0m, false));
            }
        }

        if (shape.Children > 0 && shape.Adults == 1 && rng.Chance(0.6))
        {
            incomes.Add(new Income(0, "ASF", 195.85m * shape.Children, rng.Chance(0.15)));
        }

        if (shape.Children >= 2)
        {
            incomes.Add(new Income(0, "ALLOCATIONS_FAMILIALES", shape.Children == 2 ? 148.52m : 338.81m, false));
        }

        return incomes;
    }

    private HouseholdDemande MakeDemande(ref Rng rng, HouseholdShape shape, List<SyntheticPerson> members)
    {
        var status = shape.Status;
        // Open demandes are recent; demandes that led to an entry started long enough ago for the whole path to fit.
        var ageInDays = status switch
        {
            "TRANSMISE" => rng.Between(0, 30),
            "EN_ATTENTE" or "ORIENTEE" => rng.Between(80, 250),
            _ => rng.Between(200, 1100),
        };
        var date = ReferenceDate.AddDays(-ageInDays);
        var urgent = shape.Orientations == 0 && rng.Chance(0.25);
        var evaluation = date.AddDays(-rng.Between(0, 10));
        var situation = Situations.Pick(ref rng);
        var reasons = new List<string>();
        reasons.Add(situation switch
        {
            "RUE" or "SQUAT_CAMPEMENT" or "ERRANCE_RESIDENTIELLE" or "HOTEL_115" => "SANS_LOGEMENT",
            "HEBERGE_TIERS" or "HEBERGE_FAMILLE" => "FIN_HEBERGEMENT_TIERS",
            "HEBERGEMENT_URGENCE" or "HEBERGEMENT_INSERTION" => "SORTIE_HEBERGEMENT",
            "DISPOSITIF_ASILE" => "SORTIE_DISPOSITIF_ASILE",
            "LOCATAIRE_PARC_PRIVE" or "LOCATAIRE_PARC_SOCIAL" => rng.Chance(0.6) ? "RISQUE_EXPULSION" : "LOGEMENT_INSALUBRE",
            "DOMICILE_CONJUGAL" => "VIOLENCES_FAMILIALES_CONJUGALES",
            "ETABLISSEMENT_SANTE" => "SORTIE_HOSPITALISATION",
            "DETENTION" => "SORTIE_DETENTION",
            "PRISE_EN_CHARGE_ASE" => "SORTIE_ASE",
            _ => "AUTRE",
        });
        if (rng.Chance(0.3))
        {
            reasons.Add(rng.Chance(0.5) ? "ABSENCE_RESSOURCES" : "SEPARATION_RUPTURE_FAMILIALE");
        }

        var tenant = situation.StartsWith("LOCATAIRE", StringComparison.Ordinal);
        var lda = rng.Chance(0.35);
        var preconised = lda ? "LOGEMENT_D_ABORD" : FinalDispositifs.Pick(ref rng);
        var supports = new List<string>();
        if (lda)
        {
            supports.Add("LDA");
        }

        if (rng.Chance(0.4))
        {
            supports.Add(rng.Chance(0.5) ? "ASLL" : "AVDL");
        }

        var consent = rng.Chance(0.9);
        var prescriber = rng.Pick(Catalog.Prescribers);
        // A closed demande ends before the reference date; its orientations fit between the two dates.
        DateOnly? closed = status is "CLOTUREE" or "ANNULEE" ? Min(date.AddDays(rng.Between(180, 700)), ReferenceDate.AddDays(-1)) : null;
        return new HouseholdDemande
        {
            Type = urgent ? "URGENCE" : "INSERTION",
            Date = date,
            Status = status,
            RequestedDispositifs = urgent ? ["HEBERGEMENT_URGENCE"] : lda ? ["LOGEMENT_D_ABORD", preconised == "LOGEMENT_D_ABORD" ? "PENSION_DE_FAMILLE" : preconised] : [preconised],
            Prescriber = prescriber,
            PrescriberReferent = rng.Next(ReferentCount),
            EvaluationDate = evaluation,
            HousingSituation = situation,
            SituationSince = rng.Chance(0.7) ? evaluation.AddDays(-rng.Between(10, 900)) : null,
            Reasons = reasons.Distinct(StringComparer.Ordinal).ToList(),
            RentDebts = tenant && rng.Chance(0.5),
            EvictionStep = tenant ? rng.Pick(["AUCUNE", "COMMANDEMENT_DE_PAYER", "ASSIGNATION", "RESILIATION_BAIL", "CONCOURS_FORCE_PUBLIQUE"]) : "AUCUNE",
            HousingFirstPrerequisites = lda || rng.Chance(0.2),
            PreconisedDispositif = urgent ? "HEBERGEMENT_URGENCE" : preconised,
            PreconisedHousingFirst = lda,
            PreconisedSupports = supports,
            PreconisationDate = Min(date.AddDays(rng.Between(0, 15)), ReferenceDate),
            CommissionDate = lda ? Min(date.AddDays(rng.Between(3, 20)), ReferenceDate) : null,
            Consent = consent,
            ConsentDate = consent ? evaluation : null,
            ConsentMode = consent ? (rng.Chance(0.7) ? "ECRIT" : "ORAL_TRACE") : null,
            ClosedOn = closed,
            ClosureReason = status == "CLOTUREE" ? rng.Pick(ExitReasons) : null,
        };
    }

    private static List<HouseholdOrientation> MakeOrientations(ref Rng rng, HouseholdShape shape, HouseholdDemande demande)
    {
        var list = new List<HouseholdOrientation>(shape.Orientations);
        var cursor = demande.Date;
        for (var j = 0; j < shape.Orientations; j++)
        {
            var last = j == shape.Orientations - 1;
            var dispositif = last && demande.PreconisedHousingFirst ? "LOGEMENT_D_ABORD" : last ? demande.PreconisedDispositif : FinalDispositifs.Pick(ref rng);
            var structures = Catalog.ByDispositif[dispositif];
            var date = cursor.AddDays(rng.Between(2, 25));
            DateOnly? decision = date.AddDays(rng.Between(1, 12));
            string status;
            DateOnly? entry = null;
            DateOnly? exit = null;
            string? refusal = null;
            string? exitReason = null;
            if (!last || demande.Status is "EN_ATTENTE" or "ANNULEE")
            {
                status = rng.Pick(RefusedStatuses);
                refusal = status is "REFUSEE_STRUCTURE" or "REFUSEE_MENAGE" ? rng.Pick(RefusalReasons) : null;
            }
            else if (demande.Status == "ORIENTEE")
            {
                status = rng.Chance(0.6) ? "PROPOSEE" : "ACCEPTEE";
                decision = status == "PROPOSEE" ? null : decision;
            }
            else
            {
                status = "ENTREE_EFFECTUEE";
                entry = decision.Value.AddDays(rng.Between(2, 30));
                if (demande.Status == "CLOTUREE")
                {
                    var room = ReferenceDateOf(demande).DayNumber - entry.Value.DayNumber - 1;
                    exit = entry.Value.AddDays(Math.Max(1, Math.Min(rng.Between(30, 500), room)));
                    exitReason = demande.ClosureReason;
                }
            }

            list.Add(new HouseholdOrientation
            {
                Slot = j,
                Date = date,
                DecisionDate = decision,
                EntryDate = entry,
                ExitDate = exit,
                Status = status,
                RefusalReason = refusal,
                Dispositif = dispositif,
                HousingFirst = dispositif == "LOGEMENT_D_ABORD",
                Structure = rng.Pick(structures),
                ExitReason = exitReason,
            });
            cursor = decision ?? date;
        }

        return list;
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    // The demande of a closed household was drawn with its closing date bounded by the reference date.
    private static DateOnly ReferenceDateOf(HouseholdDemande demande) => demande.ClosedOn ?? DateOnly.MaxValue;
}
