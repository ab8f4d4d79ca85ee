using System.Globalization;
using Hub.Simulators.Generation;

namespace Hub.Simulators.ApiParticulier;

/// <summary>Answers of the DSS endpoints for a person of the synthetic population (same shapes as the sandbox payloads).</summary>
internal static class ApiParticulierAnswers
{
    private static readonly IReadOnlyDictionary<string, string> Empty = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <returns>The response object, or null when the organisation does not know the person (404).</returns>
    public static object? For(string endpoint, SyntheticPerson person, HouseholdGenerator generator, int? year, int? month)
    {
        var household = person.Key.IsSolisOnly ? null : generator.Household(person.Key.Household);
        if (endpoint == "complementaire_sante_solidaire")
        {
            // The CPAM knows every insured person, allocataire or not.
            var c2s = person.HealthCoverage == "C2S";
            var contribution = c2s && household?.Benefits?.C2sContribution == true;
            return Wrap(new ParticipationData(c2s, c2s ? contribution : false, c2s ? Since(household) : null));
        }

        if (household?.Benefits is not { } caf || person.Role == HouseholdRole.Child)
        {
            return null;
        }

        return endpoint switch
        {
            "quotient_familial" => Wrap(QuotientFamilial(household, caf, generator.ReferenceDate, year, month)),
            "revenu_solidarite_active" => Wrap(new MajorationData(caf.Rsa, caf.Rsa ? caf.RsaIncrease : null, caf.Rsa ? caf.RightsSince : null)),
            "prime_activite" => Wrap(new MajorationData(caf.ActivityBonus, caf.ActivityBonus ? false : null, caf.ActivityBonus ? caf.RightsSince : null)),
            "allocation_adulte_handicape" => Wrap(new DroitData(caf.Aah, caf.Aah ? caf.RightsSince : null)),
            "allocation_soutien_familial" => Wrap(new DroitData(caf.Asf, caf.Asf ? caf.RightsSince : null)),
            _ => null,
        };
    }

    private static DateOnly? Since(SyntheticHousehold? household) =>
        household is null ? null : new DateOnly(household.Demande.Date.Year, household.Demande.Date.Month, 1);

    private static ApiParticulierResponse<T> Wrap<T>(T data) => new(data, Empty, Empty);

    private static QuotientFamilialData QuotientFamilial(SyntheticHousehold household, BenefitsFile caf, DateOnly reference, int? year, int? month)
    {
        var adults = household.Members.Where(m => m.Role != HouseholdRole.Child).Take(2).Select(Person).ToList();
        var children = household.Members.Where(m => m.Role == HouseholdRole.Child).Select(Person).ToList();
        var applicant = household.Applicant;
        var title = applicant.Sex == Sex.Female ? "Madame" : "Monsieur";
        var city = household.Commune.Name.ToUpperInvariant();
        var address = new QfAddress(
            $"{title} {applicant.UsageName ?? applicant.BirthName} {applicant.FirstNames[0].ToUpperInvariant()}",
            null,
            null,
            household.AddressLine?.ToUpperInvariant(),
            null,
            $"{household.PostalCode ?? "68100"} {city}",
            "FRANCE");
        var qf = new QfValue(caf.Provider, caf.QuotientFamilial, year ?? reference.Year, month ?? reference.Month, reference.Year, reference.Month);
        return new QuotientFamilialData(adults, children, address, qf);
    }

    private static QfPerson Person(SyntheticPerson p) => new(
        p.BirthName,
        p.UsageName,
        string.Join(' ', p.FirstNames).ToUpperInvariant(),
        p.BirthDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        p.Sex == Sex.Female ? "F" : "M");
}
