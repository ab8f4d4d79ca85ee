using System.Globalization;
using System.Text;

namespace Hub.Simulators.Generation;

public sealed partial class HouseholdGenerator
{
    private static readonly ulong SolisFileStream = Rng.Hash("solis-file");
    private static readonly ulong VariationStream = Rng.Hash("solis-variation");
    private static readonly string[] MeasureTypes = ["ASLL", "AVDL", "FSL_ACCES", "FSL_MAINTIEN"];

    /// <summary>How SOLIS recorded a person: the identity-matching input that differs from SI-SIAO.</summary>
    public SolisIdentity SolisIdentityOf(SyntheticPerson person)
    {
        ArgumentNullException.ThrowIfNull(person);
        var rng = new Rng(Seed, VariationStream, (person.Key.Household * MemberSlots) + person.Key.Member);
        var variation = IdentityVariation.None;
        var birthName = person.BirthName;
        string? usageName = person.UsageName;
        IReadOnlyList<string> firstNames = person.FirstNames;
        var date = person.BirthDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        string? nir = person.Nir.Length == 15 ? person.Nir[..13] : person.Nir; // SOLIS keeps the 13 characters of the CNAF flow
        if (person.Key.IsSolisOnly)
        {
            return new SolisIdentity(birthName, usageName, firstNames, date, nir, variation);
        }

        var draw = rng.NextDouble();
        if (draw < 0.45)
        {
            // recorded exactly
        }
        else if (draw < 0.57)
        {
            variation |= IdentityVariation.AccentsDropped;
            firstNames = firstNames.Select(RemoveAccents).ToList();
            birthName = RemoveAccents(birthName);
            usageName = usageName is null ? null : RemoveAccents(usageName);
        }
        else if (draw < 0.67 && usageName is not null)
        {
            variation |= IdentityVariation.UsageNameAsBirthName;
            birthName = usageName;
            usageName = null;
        }
        else if (draw < 0.75 && firstNames.Count > 1)
        {
            variation |= IdentityVariation.FirstNamesSwapped;
            firstNames = [firstNames[1], firstNames[0], .. firstNames.Skip(2)];
        }
        else if (draw < 0.87)
        {
            variation |= IdentityVariation.NirMissing;
            nir = null;
        }
        else if (draw < 0.92 && birthName.Length > 3)
        {
            variation |= IdentityVariation.Typo;
            var at = 1 + rng.Next(birthName.Length - 2);
            birthName = rng.Chance(0.5) ? birthName.Remove(at, 1) : birthName.Insert(at, birthName[at].ToString());
        }
        else if (draw < 0.97)
        {
            variation |= IdentityVariation.PartialBirthDate;
            date = date[..7];
        }
        else if (person.BirthDate.Day <= 12 && person.BirthDate.Day != person.BirthDate.Month)
        {
            variation |= IdentityVariation.DayMonthSwapped;
            date = string.Create(CultureInfo.InvariantCulture, $"{person.BirthDate.Year:0000}-{person.BirthDate.Day:00}-{person.BirthDate.Month:00}");
        }

        return new SolisIdentity(birthName, usageName, firstNames, date, nir, variation);
    }

    /// <summary>Professional <paramref name="index"/> of the pool (SOLIS référents, SI-SIAO prescribers): synthetic too.</summary>
    public Professional Referent(int index)
    {
        var rng = new Rng(Seed, Rng.Hash("referent"), index);
        var female = rng.Chance(0.75);
        var first = (female ? _data.FemaleFirstNames : _data.MaleFirstNames).Pick(ref rng);
        var last = _data.Surnames.Pick(ref rng);
        var mail = string.Create(CultureInfo.InvariantCulture, $"{Ascii(first)[0]}.{Ascii(last).Replace(' ', '-')}@cd68.example").ToLowerInvariant();
        var phone = string.Create(CultureInfo.InvariantCulture, $"03 89 {rng.Between(10, 99)} {rng.Between(10, 99)} {rng.Between(10, 99)}");
        return new Professional(index, last, first, rng.Pick(Catalog.ProfessionalFunctions), mail, phone);
    }

    internal static string RemoveAccents(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    private static string Ascii(string text) => RemoveAccents(text).Replace("'", string.Empty, StringComparison.Ordinal);

    private SolisFile MakeSolisFile(SyntheticHousehold household, long dossier)
    {
        var rng = new Rng(Seed, SolisFileStream, dossier);
        var opened = household.SolisOnly
            ? ReferenceDate.AddDays(-rng.Between(30, 3000))
            : household.Demande.Date.AddDays(-rng.Between(-20, 1500));
        if (opened > ReferenceDate)
        {
            opened = ReferenceDate;
        }

        var (territoryCode, territoryLabel) = household.Commune.Code switch
        {
            "68224" => rng.Pick(Catalog.MulhouseTerritories),
            "68066" => Catalog.OtherTerritories[1],
            _ when household.Commune.PostalCode is not null => Catalog.OtherTerritories[0],
            _ => Catalog.OtherTerritories[2 + rng.Next(Catalog.OtherTerritories.Length - 2)],
        };
        var open = rng.Chance(0.88);
        var entry = household.Orientations.Count > 0 ? household.Orientations[^1].EntryDate : null;
        var measures = new List<SolisMeasure>();
        for (var slot = 0; slot < MeasureSlots; slot++)
        {
            if (HasMeasure(dossier, slot))
            {
                measures.Add(MakeMeasure(ref rng, slot, opened, entry));
            }
        }

        return new SolisFile
        {
            Dossier = dossier,
            Number = string.Create(CultureInfo.InvariantCulture, $"68-{opened.Year}-{dossier % 1_000_000:000000}"),
            Open = open,
            OpenedOn = opened,
            ClosedOn = open ? null : Min(opened.AddDays(rng.Between(60, 900)), ReferenceDate),
            TerritoryCode = territoryCode,
            TerritoryLabel = territoryLabel,
            MainReferent = rng.Next(ReferentCount),
            HousingSituation = SolisSituation(household),
            Measures = measures,
        };
    }

    private static string SolisSituation(SyntheticHousehold household) => household.Demande.HousingSituation switch
    {
        "LOCATAIRE_PARC_PRIVE" => "LOCATAIRE_PARC_PRIVE",
        "LOCATAIRE_PARC_SOCIAL" => "LOCATAIRE_PARC_SOCIAL",
        "INTERMEDIATION_LOCATIVE" => "SOUS_LOCATAIRE",
        "HEBERGE_TIERS" or "HEBERGE_FAMILLE" => "HEBERGE_TIERS",
        "HEBERGEMENT_URGENCE" or "HEBERGEMENT_INSERTION" or "HEBERGEMENT_STABILISATION" or "HOTEL_115" or "DISPOSITIF_ASILE" => "HEBERGEMENT_STRUCTURE",
        "RUE" or "SQUAT_CAMPEMENT" or "ERRANCE_RESIDENTIELLE" => "SANS_DOMICILE",
        "PROPRIETAIRE" => "PROPRIETAIRE",
        "NON_RENSEIGNE" => "NON_RENSEIGNE",
        _ => "AUTRE",
    };

    private SolisMeasure MakeMeasure(ref Rng rng, int slot, DateOnly opened, DateOnly? entry)
    {
        var type = MeasureTypes[slot];
        var anchor = entry ?? opened.AddDays(rng.Between(0, 400));
        if (anchor > ReferenceDate)
        {
            anchor = ReferenceDate;
        }

        var request = anchor.AddDays(-rng.Between(5, 40));
        var decision = request.AddDays(rng.Between(5, 25));
        var fsl = type.StartsWith("FSL", StringComparison.Ordinal);
        var status = rng.NextDouble() switch
        {
            < 0.08 => "DEMANDEE",
            < 0.14 => "REFUSEE",
            < 0.2 => "ACCORDEE",
            < 0.24 => "ANNULEE",
            < 0.6 => fsl ? "TERMINEE" : "EN_COURS",
            _ => "TERMINEE",
        };
        if (decision > ReferenceDate)
        {
            status = "DEMANDEE";
        }

        DateOnly? start = status is "EN_COURS" or "TERMINEE" or "ACCORDEE" ? Min(decision.AddDays(rng.Between(0, 15)), ReferenceDate) : null;
        DateOnly? plannedEnd = !fsl && start is { } s ? s.AddMonths(6) : null;
        DateOnly? end = status == "TERMINEE" && start is { } st ? Min(st.AddDays(fsl ? 0 : rng.Between(90, 360)), ReferenceDate) : null;
        var aids = new List<FslAid>();
        if (fsl && status is not ("DEMANDEE" or "REFUSEE" or "ANNULEE"))
        {
            if (type == "FSL_ACCES")
            {
                aids.Add(new FslAid("DEPOT_GARANTIE", "SUBVENTION", Math.Round((decimal)(300 + (rng.NextDouble() * 400)), 2)));
                if (rng.Chance(0.6))
                {
                    aids.Add(new FslAid("ASSURANCE_HABITATION", "SUBVENTION", Math.Round((decimal)(60 + (rng.NextDouble() * 80)), 2)));
                }

                if (rng.Chance(0.4))
                {
                    aids.Add(new FslAid("PREMIER_LOYER", rng.Chance(0.7) ? "SUBVENTION" : "PRET", Math.Round((decimal)(300 + (rng.NextDouble() * 300)), 2)));
                }
            }
            else
            {
                aids.Add(new FslAid(rng.Pick(["DETTE_LOYER", "DETTE_ENERGIE", "DETTE_EAU"]), rng.Chance(0.6) ? "SUBVENTION" : "PRET", Math.Round((decimal)(150 + (rng.NextDouble() * 1200)), 2)));
            }
        }

        return new SolisMeasure
        {
            Slot = slot,
            Type = type,
            Status = status,
            RequestDate = request,
            DecisionDate = status == "DEMANDEE" ? null : decision,
            Start = start,
            PlannedEnd = plannedEnd,
            End = end,
            EndReason = end is null || fsl ? null : rng.Pick(["OBJECTIFS_ATTEINTS", "RELAIS", "ABANDON", "DEMENAGEMENT", "FIN_DE_DROIT"]),
            ReferentIndex = rng.Next(ReferentCount),
            OperatorName = fsl ? "Fonds de solidarité logement du Haut-Rhin" : rng.Chance(0.5) ? "Association Habitat Solidaire (fictive)" : "Service logement du CD68 (fictif)",
            OperatorSiret = fsl ? null : "99900000000020",
            Aids = aids,
        };
    }
}
