using System.Globalization;

namespace Hub.Simulators.Generation;

public sealed partial class HouseholdGenerator
{
    private static readonly WeightedTable<(int Min, int Max)> AdultAges = new(
    [
        ((18, 24), 15), ((25, 34), 28), ((35, 44), 25), ((45, 54), 18), ((55, 64), 10), ((65, 78), 4),
    ]);

    private SyntheticPerson MakePerson(
        ref Rng rng, long household, int member, HouseholdRole role, Sex sex, string birthName, int ageMin, int ageMax, bool likelyForeign)
    {
        var age = rng.Between(ageMin, ageMax);
        var birth = ReferenceDate.AddYears(-age).AddDays(-rng.Next(365));
        var child = role == HouseholdRole.Child;
        var foreign = rng.Chance(child ? (likelyForeign ? 0.25 : 0.02) : likelyForeign ? 0.45 : 0.12);
        BirthPlace place;
        string nationality;
        if (foreign)
        {
            var country = _data.Countries.Pick(ref rng);
            place = new BirthPlace(null, country.Code, country.Name);
            var european = country.Code is "99139" or "99127" or "99109" or "99114";
            nationality = rng.NextDouble() switch
            {
                < 0.12 => "FRANCAISE",
                < 0.15 => european ? "UE" : "APATRIDE",
                < 0.20 => "NON_RENSEIGNEE",
                _ => european ? "UE" : "HORS_UE",
            };
        }
        else
        {
            // Children are mostly born where the family lives (Mulhouse area); adults come from all over France.
            var commune = rng.Chance(child ? 0.85 : 0.5) ? _data.Residences.Pick(ref rng) : rng.Pick(_data.BirthCommunesElsewhere);
            place = new BirthPlace(commune.Code, "99100", commune.Name);
            nationality = rng.Chance(0.96) ? "FRANCAISE" : "NON_RENSEIGNEE";
        }

        var firstNames = DrawFirstNames(ref rng, sex);
        var placeCode = place.CommuneCode ?? place.CountryCode;
        string nir;
        if (foreign && rng.Chance(0.06))
        {
            // NIA of a person waiting for a NIR (CNAM temporary number): 13 characters, no key.
            nir = string.Create(CultureInfo.InvariantCulture, $"{(rng.Chance(0.5) ? 7 : 8)}{(int)sex}{rng.Between(100, 999)}{rng.Between(0, 99_999_999):00000000}");
        }
        else
        {
            nir = Nir.WithKey(Nir.Compose((int)sex, birth.Year, birth.Month, placeCode, rng.Between(1, 999)));
        }

        var precision = rng.NextDouble() switch
        {
            < 0.03 => DatePrecision.Year,
            < 0.08 => DatePrecision.Month,
            _ => DatePrecision.Day,
        };
        if (!foreign && precision == DatePrecision.Year)
        {
            precision = DatePrecision.Day;
        }

        var adult = role is HouseholdRole.Applicant or HouseholdRole.Spouse or HouseholdRole.OtherMember;
        var knowsNir = rng.Chance(adult ? (foreign ? 0.4 : 0.72) : 0.3);
        return new SyntheticPerson
        {
            Key = new PersonKey(household, member),
            Role = role,
            Sex = sex,
            BirthName = birthName,
            FirstNames = firstNames,
            BirthDate = birth,
            BirthPlace = place,
            Nir = nir,
            Nationality = nationality,
            SiaoDatePrecision = precision,
            SiaoKnowsNir = knowsNir,
            HealthCoverage = rng.NextDouble() switch
            {
                < 0.52 => "ASSURANCE_MALADIE",
                < 0.77 => "C2S",
                < 0.82 => foreign ? "AME" : "ASSURANCE_MALADIE",
                < 0.87 => "AUCUNE",
                < 0.93 => "EN_COURS",
                _ => "NON_RENSEIGNEE",
            },
        };
    }

    private string[] DrawFirstNames(ref Rng rng, Sex sex)
    {
        var table = sex == Sex.Female ? _data.FemaleFirstNames : _data.MaleFirstNames;
        var count = rng.NextDouble() switch
        {
            < 0.45 => 1,
            < 0.85 => 2,
            _ => 3,
        };
        var names = new List<string>(count);
        for (var attempt = 0; names.Count < count && attempt < 10; attempt++)
        {
            var name = table.Pick(ref rng);
            if (!names.Contains(name, StringComparer.Ordinal))
            {
                names.Add(name);
            }
        }

        return [.. names];
    }

    private List<SyntheticPerson> MakeMembers(ref Rng rng, long index, HouseholdShape shape)
    {
        var members = new List<SyntheticPerson>(shape.Members);
        var composition = shape.Composition;
        var applicantSex = composition switch
        {
            "HOMME_SEUL" or "HOMME_SEUL_AVEC_ENFANTS" => Sex.Male,
            "FEMME_SEULE" or "FEMME_SEULE_AVEC_ENFANTS" => Sex.Female,
            "MINEUR_ISOLE" => rng.Chance(0.85) ? Sex.Male : Sex.Female,
            _ => rng.Chance(0.55) ? Sex.Male : Sex.Female,
        };
        (int Min, int Max) ages = composition == "MINEUR_ISOLE" ? (16, 17) : AdultAges.Pick(ref rng);
        if (shape.Children > 0)
        {
            ages = (Math.Max(ages.Min, 19), Math.Min(Math.Max(ages.Max, 25), 55));
        }

        var likelyForeign = rng.Chance(0.35);
        var applicant = MakePerson(ref rng, index, 0, HouseholdRole.Applicant, applicantSex, _data.Surnames.Pick(ref rng), ages.Min, ages.Max, likelyForeign);
        members.Add(applicant);
        var applicantAge = ReferenceDate.Year - applicant.BirthDate.Year;
        var childrenName = applicant.BirthName;

        var couple = composition is "COUPLE_AVEC_ENFANTS" or "COUPLE_SANS_ENFANT";
        if (couple)
        {
            var spouseSex = rng.Chance(0.97) ? (applicantSex == Sex.Male ? Sex.Female : Sex.Male) : applicantSex;
            var spouseAge = Math.Clamp(applicantAge + rng.Between(-8, 8), 18, 80);
            var spouse = MakePerson(ref rng, index, 1, HouseholdRole.Spouse, spouseSex, _data.Surnames.Pick(ref rng), spouseAge, spouseAge, likelyForeign);
            var husband = applicantSex == Sex.Male ? applicant : spouse;
            childrenName = rng.Chance(0.85) ? husband.BirthName : (husband == applicant ? spouse : applicant).BirthName;
            if (spouseSex != applicantSex && rng.Chance(0.65))
            {
                // A married woman often uses her husband's name: the usage name identity matching must see through.
                if (spouse.Sex == Sex.Female)
                {
                    spouse = spouse with { UsageName = applicant.BirthName };
                }
                else
                {
                    members[0] = applicant = applicant with { UsageName = spouse.BirthName };
                }
            }

            members.Add(spouse);
        }
        else if (composition is "GROUPE_ADULTES_SANS_ENFANT" or "GROUPE_AVEC_ENFANTS")
        {
            for (var k = 1; k < shape.Adults; k++)
            {
                var sex = rng.Chance(0.5) ? Sex.Male : Sex.Female;
                var name = rng.Chance(0.5) ? applicant.BirthName : _data.Surnames.Pick(ref rng);
                members.Add(MakePerson(ref rng, index, k, HouseholdRole.OtherMember, sex, name, 18, 70, likelyForeign));
            }
        }
        else if (shape.Children > 0 && applicantSex == Sex.Female && rng.Chance(0.35))
        {
            // Separated mother still using her former husband's name, which her children carry.
            var former = _data.Surnames.Pick(ref rng);
            members[0] = applicant = applicant with { UsageName = former };
            childrenName = former;
        }
        else if (shape.Children > 0 && rng.Chance(0.3))
        {
            childrenName = _data.Surnames.Pick(ref rng);
        }

        var maxChildAge = Math.Clamp(applicantAge - 18, 0, 17);
        for (var c = 0; c < shape.Children; c++)
        {
            var sex = rng.Chance(0.51) ? Sex.Male : Sex.Female;
            members.Add(MakePerson(ref rng, index, members.Count, HouseholdRole.Child, sex, childrenName, 0, maxChildAge, likelyForeign && rng.Chance(0.4)));
        }

        return members;
    }
}
