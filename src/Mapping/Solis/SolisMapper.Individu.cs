using Hub.Canonical.Model;
using Hub.Connectors.Solis;
using Hub.Mapping.Core;
using Hub.Mapping.Siao;

namespace Hub.Mapping.Solis;

public sealed partial class SolisMapper
{
    /// <summary>Checked on an ID document by a CD68 professional: validated identity; otherwise declared (provisional).</summary>
    private const string VerifiedIdentity = "VALI";
    private const string DeclaredIdentity = "PROV";

    private Person MapIndividu(Individu individu, Dossier? dossier, MappingContext context)
    {
        var identifier = MappingKit.Id(IdentifierSystems.SolisIndividu, individu.Id);
        var key = MappingKit.Key(identifier);
        List<Identifier> identifiers = [identifier];
        if (MappingKit.NirOf(individu.Nir, context, "Person.identifier") is { } nir)
        {
            identifiers.Add(nir);
            context.Set(key, "Person.identifier", "nir");
        }

        if (dossier?.Membres.Any(m => m.IdIndividu == individu.Id && _kit.Codes.Peek("solis.role-dossier", m.Role) == MainApplicantRole) == true
            && CafNumber(dossier.OrganismePayeur, context) is { } cafNumber)
        {
            identifiers.Add(cafNumber);
            context.Set(key, "Person.identifier", "dossier.organismePayeur.numeroAllocataire");
        }

        var birthName = MappingKit.Upper(individu.NomNaissance);
        var usageName = MappingKit.Upper(individu.NomUsage);
        context.Set(key, "Person.name.birthName", "nomNaissance");
        context.Set(key, "Person.name.firstNames", "prenoms");
        if (usageName is not null)
        {
            context.Set(key, "Person.name.usageName", "nomUsage");
        }

        var firstNames = individu.Prenoms.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p.Trim()).ToList();
        var birthDate = MappingKit.PartialDate(individu.DateNaissance, context, "Person.birthDate", "dateNaissance");
        if (birthDate is not null)
        {
            context.Set(key, "Person.birthDate", "dateNaissance");
        }

        var sex = _kit.Codes.Translate("solis.sexe", individu.Sexe, context, "Person.sex");
        if (sex is not null)
        {
            context.Set(key, "Person.sex", "sexe");
        }

        var place = individu.LieuNaissance;
        context.Set(key, "Person.identityStatus", "identiteVerifiee");
        return new Person
        {
            Meta = MappingKit.MetaOf(context),
            Identifier = identifiers,
            Name = new PersonName { BirthName = birthName, UsageName = usageName == birthName ? null : usageName, FirstNames = firstNames.Count > 0 ? firstNames : null },
            BirthDate = birthDate,
            Sex = sex,
            BirthPlace = place is null ? null : _kit.BirthPlaceOf(place.CodeCommune, place.CodePays, place.Libelle, birthDate, context, key),
            IdentityStatus = _kit.Coding(CodeSystems.StatutIdentite, individu.IdentiteVerifiee == true ? VerifiedIdentity : DeclaredIdentity),
        };
    }
}
