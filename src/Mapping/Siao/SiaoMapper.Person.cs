using Hub.Canonical.Model;
using Hub.Connectors.Siao;
using Hub.Mapping.Core;

namespace Hub.Mapping.Siao;

public sealed partial class SiaoMapper
{
    /// <summary>SI-SIAO identity data is declarative: never more than provisional (PROV).</summary>
    private const string DeclaredIdentity = "PROV";

    private Person MapPerson(Personne personne, MappingContext context)
    {
        var identifier = MappingKit.Id(IdentifierSystems.SiaoPersonne, personne.Id);
        var key = MappingKit.Key(identifier);
        List<Identifier> identifiers = [identifier];
        if (MappingKit.NirOf(personne.Nir, context, "Person.identifier") is { } nir)
        {
            identifiers.Add(nir);
            context.Set(key, "Person.identifier", "nir");
        }

        var birthName = MappingKit.Upper(personne.NomNaissance ?? personne.Nom);
        var usageName = MappingKit.Upper(personne.NomUsage);
        var firstNames = personne.Prenoms.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p.Trim()).ToList();
        context.Set(key, "Person.name.birthName", personne.NomNaissance is null ? "nom" : "nomNaissance");
        if (usageName is not null && usageName != birthName)
        {
            context.Set(key, "Person.name.usageName", "nomUsage");
        }
        else
        {
            usageName = null;
        }

        context.Set(key, "Person.name.firstNames", "prenoms");
        var birthDate = MappingKit.PartialDate(personne.DateNaissance, context, "Person.birthDate", "dateNaissance");
        if (birthDate is not null)
        {
            context.Set(key, "Person.birthDate", "dateNaissance");
        }

        var sex = _kit.Codes.Translate("siao.sexe", personne.Sexe, context, "Person.sex");
        if (sex is not null)
        {
            context.Set(key, "Person.sex", "sexe");
        }

        var place = personne.LieuNaissance;
        context.Set(key, "Person.identityStatus");
        return new Person
        {
            Meta = MappingKit.MetaOf(context),
            Identifier = identifiers,
            Name = new PersonName { BirthName = birthName, UsageName = usageName, FirstNames = firstNames.Count > 0 ? firstNames : null },
            BirthDate = birthDate,
            Sex = sex,
            BirthPlace = place is null ? null : _kit.BirthPlaceOf(place.CodeCommune, place.CodePays, place.Libelle, birthDate, context, key),
            IdentityStatus = _kit.Coding(CodeSystems.StatutIdentite, DeclaredIdentity),
        };
    }
}
