using Hub.Simulators.Generation;
using Hub.Simulators.Hosting;

namespace Hub.Simulators.Siao;

/// <summary>Turns a synthetic household into the records SI-SIAO serves, at a given revision (0 = as generated).</summary>
internal sealed class SiaoMapper(HouseholdGenerator generator)
{
    private static readonly string[] OrientationProgress = ["PROPOSEE", "ACCEPTEE", "ENTREE_EFFECTUEE"];
    private static readonly string[] DemandeProgress = ["TRANSMISE", "EN_ATTENTE", "ORIENTEE", "PRISE_EN_CHARGE"];

    public SiaoMenage Menage(long household, int revision, long sequence, DateTimeOffset? changedAt)
    {
        var h = generator.Household(household);
        var modified = changedAt ?? ParisTime.At(h.Demande.EvaluationDate, 540 + (int)(household % 480));
        var address = h.Commune is { } commune ? new SiaoAdresse(h.AddressLine, h.PostalCode, commune.Code, commune.Name, h.Domiciliation) : null;
        if (revision > 0 && address is not null && revision % 2 == 1)
        {
            // A change of address (the household left its domiciliation for a real address, or moved).
            address = address with { Ligne1 = $"{(household % 90) + revision} {Catalog.Streets[(int)((household + revision) % Catalog.Streets.Length)]}", Domiciliation = false };
        }

        return new SiaoMenage(
            HouseholdGenerator.MenageId(household),
            BaseVersion(household) + revision,
            modified,
            sequence,
            h.Members.Count > 1 ? "GROUPE" : "PERSONNE",
            h.Composition,
            h.Members.Select(Member).ToList(),
            address,
            h.Animals);
    }

    public SiaoDemande Demande(long household, int revision, long sequence, DateTimeOffset? changedAt)
    {
        var h = generator.Household(household);
        var d = h.Demande;
        var status = d.Status;
        var index = Array.IndexOf(DemandeProgress, status);
        if (revision > 0 && index >= 0)
        {
            status = DemandeProgress[Math.Min(DemandeProgress.Length - 1, index + revision)];
        }

        var referent = generator.Referent(d.PrescriberReferent);
        var siaoReferent = new SiaoReferent(referent.LastName, referent.FirstName, referent.Function, referent.Email.Replace("@cd68.example", "@partenaire.example", StringComparison.Ordinal), referent.Phone);
        var evaluation = new SiaoEvaluation(
            d.EvaluationDate,
            d.HousingSituation,
            d.SituationSince,
            d.Reasons,
            h.Incomes.Select(i => new SiaoRessource(HouseholdGenerator.SiaoPersonId(h.Members[i.Member].Key), i.Type, i.MonthlyAmount, i.Pending ? true : null)).ToList(),
            d.RentDebts,
            d.EvictionStep,
            h.Members.Select(m => new SiaoCouverture(HouseholdGenerator.SiaoPersonId(m.Key), m.HealthCoverage)).ToList(),
            d.HousingFirstPrerequisites,
            Structure(d.Prescriber),
            siaoReferent);
        return new SiaoDemande(
            HouseholdGenerator.DemandeId(household, d.Date),
            BaseVersion(household + 7) + revision,
            changedAt ?? ParisTime.At(d.ClosedOn ?? d.PreconisationDate, 600 + (int)(household % 420)),
            sequence,
            HouseholdGenerator.MenageId(household),
            d.Type,
            d.Date,
            status,
            d.RequestedDispositifs,
            Structure(d.Prescriber),
            siaoReferent,
            evaluation,
            new SiaoPreconisation(d.PreconisedDispositif, d.PreconisedHousingFirst, d.PreconisedSupports, d.PreconisationDate, d.CommissionDate),
            new SiaoConsentement(d.Consent, d.ConsentDate, d.ConsentMode),
            d.ClosedOn,
            d.Status == "CLOTUREE" ? d.ClosureReason : d.Status == "ANNULEE" ? "AUTRE" : null);
    }

    public SiaoOrientation? Orientation(long household, int slot, int revision, long sequence, DateTimeOffset? changedAt)
    {
        var h = generator.Household(household);
        var demandeId = HouseholdGenerator.DemandeId(household, h.Demande.Date);
        if (slot >= h.Orientations.Count)
        {
            if (revision == 0 || changedAt is not { } at)
            {
                return null;
            }

            // An orientation created after the base (Advance): a Housing First proposal that progresses with each change.
            var day = DateOnly.FromDateTime(ParisTime.ToParis(at).DateTime);
            var status = OrientationProgress[Math.Min(OrientationProgress.Length - 1, revision - 1)];
            var structure = Catalog.ByDispositif["LOGEMENT_D_ABORD"][(int)(household % 2)];
            return new SiaoOrientation(
                HouseholdGenerator.OrientationId(household, slot), revision, at, sequence, demandeId, HouseholdGenerator.MenageId(household),
                h.Demande.Date, day, status == "PROPOSEE" ? null : day, status == "ENTREE_EFFECTUEE" ? day : null, status, null,
                "LOGEMENT_D_ABORD", true, Structure(structure));
        }

        var o = h.Orientations[slot];
        var current = o.Status;
        var entry = o.EntryDate;
        var decision = o.DecisionDate;
        var progress = Array.IndexOf(OrientationProgress, current);
        if (revision > 0 && progress >= 0 && changedAt is { } changed)
        {
            current = OrientationProgress[Math.Min(OrientationProgress.Length - 1, progress + revision)];
            var day = DateOnly.FromDateTime(ParisTime.ToParis(changed).DateTime);
            decision ??= day;
            entry ??= current == "ENTREE_EFFECTUEE" ? day : null;
        }

        return new SiaoOrientation(
            HouseholdGenerator.OrientationId(household, slot),
            BaseVersion(household + slot + 13) + revision,
            changedAt ?? ParisTime.At(o.ExitDate ?? o.EntryDate ?? o.DecisionDate ?? o.Date, 660 + (int)(household % 360)),
            sequence,
            demandeId,
            HouseholdGenerator.MenageId(household),
            h.Demande.Date,
            o.Date,
            decision,
            entry,
            current,
            o.RefusalReason,
            o.Dispositif,
            o.HousingFirst,
            Structure(o.Structure));
    }

    public SiaoMouvement? Mouvement(long household, int slot, int revision, long sequence, DateTimeOffset? changedAt)
    {
        var h = generator.Household(household);
        var orientationSlot = slot / 2;
        var exit = slot % 2 == 1;
        if (orientationSlot >= h.Orientations.Count)
        {
            return null;
        }

        var o = h.Orientations[orientationSlot];
        var date = exit ? o.ExitDate : o.EntryDate;
        if (date is null)
        {
            return null;
        }

        return new SiaoMouvement(
            HouseholdGenerator.MovementId(household, slot),
            1 + revision,
            changedAt ?? ParisTime.At(date.Value, 600 + (int)(household % 400)),
            sequence,
            exit ? "SORTIE" : "ENTREE",
            HouseholdGenerator.MenageId(household),
            HouseholdGenerator.OrientationId(household, orientationSlot),
            date.Value,
            Structure(o.Structure),
            o.Dispositif,
            exit ? o.ExitReason ?? "INCONNU" : null);
    }

    private static int BaseVersion(long seed) => 1 + (int)(Rng.Mix((ulong)seed) % 5);

    private static SiaoStructure Structure(Structure s) => new(s.Id, s.Name, s.Finess, s.Siret, s.CommuneCode);

    private static SiaoMembre Member(SyntheticPerson p)
    {
        var role = p.Role switch
        {
            HouseholdRole.Applicant => "DEMANDEUR_PRINCIPAL",
            HouseholdRole.Spouse => "CONJOINT",
            HouseholdRole.Child => "ENFANT",
            _ => "AUTRE_MEMBRE",
        };
        string? presence = null;
        if (p.Role == HouseholdRole.Child)
        {
            presence = (Rng.Mix((ulong)((p.Key.Household * 8) + p.Key.Member)) % 100) switch
            {
                < 85 => "PERMANENCE",
                < 93 => "GARDE_ALTERNEE",
                < 97 => "WEEK_END_VACANCES",
                _ => "NON_PRESENT",
            };
        }

        return new SiaoMembre(Person(p), role, null, presence);
    }

    private static SiaoPersonne Person(SyntheticPerson p)
    {
        var date = p.SiaoDatePrecision switch
        {
            DatePrecision.Year => p.BirthDate.ToString("yyyy", System.Globalization.CultureInfo.InvariantCulture),
            DatePrecision.Month => p.BirthDate.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture),
            _ => p.BirthDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        };
        return new SiaoPersonne(
            HouseholdGenerator.SiaoPersonId(p.Key),
            p.UsageName ?? p.BirthName,
            p.BirthName,
            p.UsageName,
            p.FirstNames,
            date,
            p.Sex == Sex.Female ? "FEMME" : "HOMME",
            new SiaoLieuNaissance(p.BirthPlace.CommuneCode, p.BirthPlace.CountryCode, p.BirthPlace.Label),
            p.SiaoKnowsNir ? p.Nir : null,
            p.Nationality);
    }
}
