using Hub.Canonical.Model;
using Hub.Connectors.ApiParticulier;
using Hub.Mapping.Core;

namespace Hub.Mapping.ApiParticulier;

/// <summary>
/// Canonical Person → API Particulier identity parameters (docs/connectors/caf.md §1 "Parameters"). No call without
/// birth name, one first name, sex F/M and birth country (and commune when born in France): the person is reported
/// <c>identity-incomplete</c> instead. Issues name the missing trait, never its value.
/// </summary>
public static class ApiParticulierIdentityBuilder
{
    private const string France = "99100";
    private const int MaxFirstNames = 3;

    /// <returns>The identity, or <c>null</c> with error issues in <paramref name="context"/>.</returns>
    public static ApiParticulierIdentity? FromPerson(Person person, MappingContext context)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(context);
        var name = person.Name;
        var birthName = name?.BirthName?.Trim();
        var firstNames = (name?.FirstNames ?? []).Select(f => f.Trim()).Where(f => f.Length > 0).Take(MaxFirstNames).ToList();
        var sex = person.Sex?.Code;
        var cog = person.BirthPlace?.Cog?.Trim();
        var bornAbroad = cog is { Length: 5 } && cog.StartsWith("99", StringComparison.Ordinal) && cog != France;

        var ok = true;
        void Missing(string path, string what)
        {
            context.Fail("identity-incomplete", path, $"{what} is required to ask API Particulier.");
            ok = false;
        }

        if (string.IsNullOrEmpty(birthName))
        {
            Missing("Person.name.birthName", "The birth name");
        }

        if (firstNames.Count == 0)
        {
            Missing("Person.name.firstNames", "At least one first name");
        }

        if (sex is not ("F" or "M"))
        {
            // Sex I (or unknown) cannot be expressed to API Particulier: no call rather than a guess.
            Missing("Person.sex", "Sex F or M");
        }

        if (string.IsNullOrEmpty(cog) || cog == France)
        {
            Missing("Person.birthPlace.cog", "The birth country, or the birth commune for a person born in France,");
        }

        if (!ok)
        {
            return null;
        }

        var usage = name!.UsageName?.Trim();
        var birthDate = person.BirthDate;
        return new ApiParticulierIdentity
        {
            NomNaissance = birthName,
            NomUsage = string.IsNullOrEmpty(usage) || string.Equals(usage, birthName, StringComparison.OrdinalIgnoreCase) ? null : usage,
            Prenoms = firstNames,
            AnneeDateNaissance = birthDate?.Year,
            MoisDateNaissance = birthDate?.Month,
            JourDateNaissance = birthDate?.Day,
            SexeEtatCivil = sex,
            CodeCogInseePaysNaissance = bornAbroad ? cog : France,
            CodeCogInseeCommuneNaissance = bornAbroad ? null : cog,
        };
    }
}
