using Hub.Canonical.Model;
using Hub.Connectors.Solis;
using Hub.Mapping.Cog;
using Hub.Mapping.Core;
using Hub.Mapping.Siao;

namespace Hub.Mapping.Solis;

/// <summary>The identity traits SOLIS matches a household on when the hub has no dossier number for it.</summary>
internal static class SolisIdentities
{
    public static List<IdentiteIndividu> Of(SolisPushContext push, PartnerCodes codes, MappingContext context)
    {
        var identities = new List<IdentiteIndividu>();
        foreach (var member in push.Household?.Member ?? [])
        {
            var person = push.Members.FirstOrDefault(p => Refers(member.Person, p));
            var role = member.Role is { } r ? codes.ToSource("solis.role-dossier", r.Code) : null;
            var sex = person?.Sex is { } s ? codes.ToSource("solis.sexe", s.Code) : null;
            if (person?.Name?.FirstNames is not { Count: > 0 } firstNames || person.BirthDate is not { } birthDate || role is null || sex is null)
            {
                // SOLIS requires role, first names, birth date and sex (F/M) for each person it is asked to match.
                context.Warn("missing-value", "Household.member", "A member lacks role, first names, birth date or sex; not sent for matching.");
                continue;
            }

            identities.Add(new IdentiteIndividu
            {
                Role = role,
                IdIndividu = Value(person, IdentifierSystems.SolisIndividu),
                NomNaissance = person.Name.BirthName,
                NomUsage = person.Name.UsageName,
                Prenoms = firstNames,
                DateNaissance = birthDate.ToString(),
                Sexe = sex,
                LieuNaissance = BirthPlace(person.BirthPlace),
                Nir = Value(person, IdentifierSystems.Nir) ?? Value(person, IdentifierSystems.Nia),
                NumeroAllocataire = Value(person, IdentifierSystems.CafAllocataire)?.Split('-')[^1],
            });
        }

        return identities;
    }

    private static bool Refers(Reference reference, Person person) =>
        (reference.ReferenceValue is { } value && person.Id is { } id && value == $"{Person.TypeName}/{id}")
        || (reference.Identifier is { } wanted && person.Identifier?.Any(i => i.System == wanted.System && i.Value == wanted.Value) == true);

    private static string? Value(Person person, string system) => person.Identifier?.FirstOrDefault(i => i.System == system)?.Value;

    private static LieuNaissanceIdentite? BirthPlace(BirthPlace? place) =>
        place?.Cog is not { } cog ? null
        : CogDirectory.IsCountryCode(cog) ? new LieuNaissanceIdentite { CodePays = cog }
        : new LieuNaissanceIdentite { CodeCommune = cog, CodePays = CogDirectory.France };
}
