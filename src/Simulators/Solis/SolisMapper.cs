using System.Globalization;
using Hub.Simulators.Generation;
using Hub.Simulators.Hosting;

namespace Hub.Simulators.Solis;

/// <summary>Turns SOLIS dossier slots into the records SOLIS serves, at a given revision (0 = as generated).</summary>
internal sealed class SolisMapper(HouseholdGenerator generator)
{
    private static readonly string[] MeasureProgress = ["DEMANDEE", "ACCORDEE", "EN_COURS", "TERMINEE"];

    public SolisDossier? Dossier(long dossier, int revision, long sequence, DateTimeOffset? changedAt)
    {
        if (generator.SolisHousehold(dossier) is not { Solis: { } file } h)
        {
            return null;
        }

        var members = h.Members.Select((m, k) => new SolisMembreDossier(
            HouseholdGenerator.IndividuId(dossier, k),
            m.Role switch
            {
                HouseholdRole.Applicant => "DEMANDEUR",
                HouseholdRole.Spouse => "CONJOINT",
                HouseholdRole.Child => "ENFANT",
                _ => "AUTRE",
            },
            file.OpenedOn > m.BirthDate ? file.OpenedOn : m.BirthDate,
            null)).ToList();
        var situation = revision % 2 == 1 && file.HousingSituation != "LOCATAIRE_PARC_PRIVE" ? "LOCATAIRE_PARC_PRIVE" : file.HousingSituation;
        var payer = h.Benefits is { } b ? new SolisOrganismePayeur(b.Provider == "MSA" ? "MSA" : "CAF", b.Provider == "MSA" ? "068" : "681", b.AllocataireNumber) : null;
        return new SolisDossier(
            HouseholdGenerator.DossierId(dossier),
            Version(dossier) + revision,
            changedAt ?? ParisTime.At(file.ClosedOn ?? file.OpenedOn, 480 + (int)(dossier % 540)),
            sequence,
            file.Number,
            file.Open ? "OUVERT" : "CLOS",
            file.OpenedOn,
            file.ClosedOn,
            new SolisTerritoire(file.TerritoryCode, file.TerritoryLabel),
            members,
            new SolisAdresse(h.AddressLine, h.PostalCode, h.Commune.Code, h.Commune.Name, h.Domiciliation),
            situation,
            HouseholdGenerator.ReferentId(file.MainReferent),
            payer);
    }

    public SolisIndividu? Individu(long dossier, int member, int revision, long sequence, DateTimeOffset? changedAt)
    {
        if (generator.SolisHousehold(dossier) is not { Solis: { } file } h || member >= h.Members.Count)
        {
            return null;
        }

        var person = h.Members[member];
        var identity = generator.SolisIdentityOf(person);
        var verified = Rng.Mix((ulong)((dossier * 8) + member)) % 3 == 0;
        if (revision > 0)
        {
            // A professional checked the identity document: SOLIS corrects the record to the civil-status truth.
            identity = new SolisIdentity(person.BirthName, person.UsageName, person.FirstNames,
                person.BirthDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), person.Nir.Length == 15 ? person.Nir[..13] : person.Nir, IdentityVariation.None);
            verified = true;
        }

        return new SolisIndividu(
            HouseholdGenerator.IndividuId(dossier, member),
            Version(dossier + member + 3) + revision,
            changedAt ?? ParisTime.At(file.OpenedOn, 500 + (int)((dossier + member) % 500)),
            sequence,
            HouseholdGenerator.DossierId(dossier),
            identity.BirthName,
            identity.UsageName,
            identity.FirstNames,
            identity.BirthDate,
            person.Sex == Sex.Female ? "F" : "M",
            new SolisLieuNaissance(person.BirthPlace.CommuneCode, person.BirthPlace.CountryCode, person.BirthPlace.Label),
            identity.Nir,
            verified);
    }

    public SolisMesure? Mesure(long dossier, int slot, int revision, long sequence, DateTimeOffset? changedAt)
    {
        if (generator.SolisHousehold(dossier) is not { Solis: { } file })
        {
            return null;
        }

        var measure = file.Measures.FirstOrDefault(m => m.Slot == slot);
        if (measure is null)
        {
            return null;
        }

        var status = measure.Status;
        var start = measure.Start;
        var end = measure.End;
        var index = Array.IndexOf(MeasureProgress, status);
        if (revision > 0 && index >= 0 && changedAt is { } at)
        {
            status = MeasureProgress[Math.Min(MeasureProgress.Length - 1, index + revision)];
            var day = DateOnly.FromDateTime(ParisTime.ToParis(at).DateTime);
            start ??= status is "EN_COURS" or "TERMINEE" ? day : null;
            end ??= status == "TERMINEE" ? day : null;
        }

        return new SolisMesure(
            HouseholdGenerator.MeasureId(dossier, slot),
            Version(dossier + slot + 11) + revision,
            changedAt ?? ParisTime.At(end ?? start ?? measure.DecisionDate ?? measure.RequestDate, 540 + (int)(dossier % 420)),
            sequence,
            HouseholdGenerator.DossierId(dossier),
            null,
            measure.Type,
            status,
            measure.RequestDate,
            measure.DecisionDate,
            start,
            measure.PlannedEnd,
            end,
            measure.Type.StartsWith("FSL", StringComparison.Ordinal) ? null : HouseholdGenerator.ReferentId(measure.ReferentIndex),
            new SolisStructure(measure.OperatorSiret is null ? null : "OP-12", measure.OperatorName, measure.OperatorSiret),
            measure.Aids.Count == 0 ? null : measure.Aids.Select(a => new SolisAideFsl(a.Purpose, a.Form, a.Amount)).ToList(),
            end is not null && status == "TERMINEE" ? measure.EndReason : null);
    }

    public SolisReferent Referent(int index, int revision, long sequence, DateTimeOffset? changedAt)
    {
        var p = generator.Referent(index);
        var territory = index % 4 == 0 ? Catalog.OtherTerritories[index % Catalog.OtherTerritories.Length] : Catalog.MulhouseTerritories[index % Catalog.MulhouseTerritories.Length];
        var active = (revision % 2 == 0) == (Rng.Mix((ulong)index) % 10 != 0);
        return new SolisReferent(
            HouseholdGenerator.ReferentId(index),
            1 + revision,
            changedAt ?? ParisTime.At(generator.ReferenceDate.AddDays(-(int)(Rng.Mix((ulong)index + 1) % 900)), 480),
            sequence,
            p.LastName,
            p.FirstName,
            Catalog.SolisFunctions[index % Catalog.SolisFunctions.Length],
            index % 3 == 0 ? "Service logement (fictif)" : "Service social départemental (fictif)",
            new SolisTerritoire(territory.Code, territory.Label),
            p.Email,
            p.Phone,
            active);
    }

    private static int Version(long seed) => 1 + (int)(Rng.Mix((ulong)seed ^ 0x5A5A) % 4);
}
