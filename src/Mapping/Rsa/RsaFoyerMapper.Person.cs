using System.Globalization;
using Hub.Canonical.Model;
using Hub.Connectors.Caf.RsaFlow;
using Hub.Mapping.ApiParticulier;
using Hub.Mapping.Core;

namespace Hub.Mapping.Rsa;

public sealed partial class RsaFoyerMapper
{
    /// <summary><c>NUMORG-numéro</c>: MATRICULE is the 7-digit allocataire number left-aligned in 15 digits, zero-filled.</summary>
    private static Identifier? Allocataire(RsaOrganisme organisme, MappingContext ctx)
    {
        var matricule = organisme.Matricule;
        string? number = matricule switch
        {
            { Length: 15 } when matricule.EndsWith("00000000", StringComparison.Ordinal) => matricule[..7],
            { Length: > 0 and <= 7 } => matricule.PadLeft(7, '0'),
            _ => null,
        };
        if (number is null || organisme.Numero.Length != 3 || !number.All(char.IsAsciiDigit) || !organisme.Numero.All(char.IsAsciiDigit))
        {
            ctx.Warn("invalid-value", "Person.identifier", "NUMORG/MATRICULE do not give a CAF allocataire number (3 + 7 digits); not kept.");
            return null;
        }

        return new Identifier { System = IdentifierSystems.CafAllocataire, Value = $"{organisme.Numero}-{number}" };
    }

    private Person MapPerson(PersonneRsa personne, int index, Identifier? allocataire, MappingContext ctx)
    {
        var path = string.Create(CultureInfo.InvariantCulture, $"Personne[{index}]");
        var identifiers = new List<Identifier>();
        if (Nir(personne.Nir, ctx, path) is { } nir)
        {
            identifiers.Add(nir);
        }

        if (allocataire is not null)
        {
            identifiers.Add(allocataire);
        }

        var key = identifiers.Count > 0 ? $"{identifiers[0].System}|{identifiers[0].Value}" : $"{ctx.Source.RecordId}/{path}";
        var birthName = personne.NomNaissance ?? personne.Nom;
        var usageName = personne.Nom is { } nom && !string.Equals(nom, birthName, StringComparison.OrdinalIgnoreCase) ? nom : null;
        ctx.Set(key, "Person.name.birthName", personne.NomNaissance is null ? "NOM" : "NOMNAI");
        if (usageName is not null)
        {
            ctx.Set(key, "Person.name.usageName", "NOM");
        }

        ctx.Set(key, "Person.name.firstNames", "PRENOM,PRENOM2,PRENOM3");
        if (personne.TypeDateNaissance is { } type && type != "N")
        {
            ctx.Warn("unknown-code", $"{path}.TYPEDTNAI", "Birth date type other than N (normal): the date is kept as sent.", type);
        }

        var birthDate = RightsStatusCodes.Date(personne.DateNaissance, ctx, $"{path}.DTNAI");
        if (birthDate is not null)
        {
            ctx.Set(key, "Person.birthDate", "DTNAI");
        }

        var sex = tables.Translate("caf.rsa-sexe", personne.Sexe, ctx, $"{path}.SEXE");
        if (sex is not null)
        {
            ctx.Set(key, "Person.sex", "SEXE");
        }

        if (personne.CommuneNaissance is not null)
        {
            ctx.Set(key, "Person.birthPlace.display", "NOMCOMNAI");
        }

        return new Person
        {
            Meta = new Meta { Source = ctx.Source.MetaSource },
            Identifier = identifiers.Count == 0 ? null : identifiers,
            Name = new PersonName
            {
                BirthName = birthName,
                UsageName = usageName,
                FirstNames = personne.Prenoms.Count == 0 ? null : personne.Prenoms,
            },
            BirthDate = birthDate,
            Sex = sex,
            // Only the name travels in the flow (26 characters, no COG code): the hub does not guess the code from it.
            BirthPlace = personne.CommuneNaissance is { } place ? new BirthPlace { Display = place } : null,
        };
    }

    /// <summary>The NIR with its key (or a NIA as is); the value itself never goes into an issue.</summary>
    private static Identifier? Nir(string? value, MappingContext ctx, string path)
    {
        if (value is null)
        {
            return null;
        }

        if (NirKey.IsNia(value))
        {
            return new Identifier { System = IdentifierSystems.Nia, Value = value };
        }

        var nir13 = value.Length == 15 ? value[..13] : value;
        if (!NirKey.IsNir13(nir13))
        {
            ctx.Warn("invalid-value", $"{path}.NIR", "The NIR does not have the expected form; not kept.");
            return null;
        }

        var nir = NirKey.WithKey(nir13);
        if (value.Length == 15 && value != nir)
        {
            ctx.Warn("invalid-value", $"{path}.NIR", "The NIR's key does not match its 13 characters; not kept.");
            return null;
        }

        ctx.Set($"{IdentifierSystems.Nir}|{nir}", "Person.identifier", value.Length == 13 ? "NIR (key computed)" : "NIR");
        return new Identifier { System = IdentifierSystems.Nir, Value = nir };
    }
}
